import { DomainError } from '../../errors';
import { findParticipant, findTurns } from '../../model/lookup';
import { reorderTurns } from '../../model/turnFlow';
import { besideOf, OrderPlaceSchema, placeInOrder } from '../../model/turnOrderEdit';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/**
 * One person earlier or later in the speaking order, just before or after another, applied to
 * the order as the host has it: two people reordering at once both count, where a whole new
 * order (turns.change) would undo the other's. The turn stays with whoever holds it.
 */
export const moveInTurns = defineCommand(
  'turns.move',
  { pointId: IdSchema, participantId: IdSchema, to: OrderPlaceSchema },
  (draft, { pointId, participantId, to }) => {
    const turns = findTurns(draft, pointId);
    const beside = besideOf(to);
    findParticipant(draft, participantId);
    findParticipant(draft, beside);
    if (beside === participantId) {
      throw new DomainError('invalid-command', 'Someone cannot move beside themselves');
    }
    // Left out meanwhile (on another screen): nothing to move, or nobody to move beside.
    for (const id of [participantId, beside]) {
      if (!turns.order.includes(id)) {
        throw new DomainError('not-found', `${id} is not in the speaking order`, {
          id,
          what: 'turn',
        });
      }
    }
    const order = placeInOrder(turns.order, participantId, to);
    if (order && order.some((id, i) => id !== turns.order[i])) reorderTurns(turns, order);
  },
);
