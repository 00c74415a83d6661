import { findParticipant } from '../model/lookup';
import { IdSchema } from '../model/workshop';
import { defineCommand } from './defineCommand';

export const removeParticipant = defineCommand(
  'participant.remove',
  { id: IdSchema },
  (draft, { id }) => {
    const person = findParticipant(draft, id);
    draft.participants.splice(draft.participants.indexOf(person), 1);
  },
);
