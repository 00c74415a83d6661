import { findParticipant, findTurns } from '../../model/lookup';
import { reorderTurns } from '../../model/turnFlow';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/**
 * One person back into the speaking order, last, added to the order as the host has it (so a
 * move made meanwhile on another screen stays). Already in: nothing to do.
 */
export const includeInTurns = defineCommand(
  'turns.include',
  { pointId: IdSchema, participantId: IdSchema },
  (draft, { pointId, participantId }) => {
    const turns = findTurns(draft, pointId);
    findParticipant(draft, participantId);
    if (turns.order.includes(participantId)) return;
    reorderTurns(turns, [...turns.order, participantId]);
  },
);
