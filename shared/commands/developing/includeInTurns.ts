import { DomainError } from '../../errors';
import { findParticipant, findPoint } from '../../model/lookup';
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
    const turns = findPoint(draft, pointId).turns;
    if (!turns) throw new DomainError('invalid-command', 'There are no turns on this point');
    findParticipant(draft, participantId);
    if (turns.order.includes(participantId)) return;
    reorderTurns(turns, [...turns.order, participantId]);
  },
);
