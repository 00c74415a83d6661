import { findParticipant } from '../model/lookup';
import { reorderTurns } from '../model/turnFlow';
import { IdSchema } from '../model/workshop';
import { defineCommand } from './defineCommand';
import { leaveExercises } from './exercises/leaveExercises';

export const removeParticipant = defineCommand(
  'participant.remove',
  { id: IdSchema },
  (draft, { id }) => {
    const person = findParticipant(draft, id);
    draft.participants.splice(draft.participants.indexOf(person), 1);
    // What they said stays in the record; they just leave the turn order.
    for (const point of draft.agenda) {
      if (point.turns?.order.includes(id)) {
        reorderTurns(
          point.turns,
          point.turns.order.filter((p) => p !== id),
        );
      }
    }
    leaveExercises(draft, id);
  },
);
