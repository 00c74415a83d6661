import { z } from 'zod';
import { DomainError } from '../../errors';
import { assertParticipants, findPoint } from '../../model/lookup';
import { newTurns, TurnModeSchema } from '../../model/turns';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/**
 * Start ideas in turn with this order (a random draw is made by the sender and arrives as an
 * order, so the reducer stays pure and replays the same).
 */
export const setupTurns = defineCommand(
  'turns.setup',
  { pointId: IdSchema, order: z.array(IdSchema), mode: TurnModeSchema.optional() },
  (draft, { pointId, order, mode }) => {
    const point = findPoint(draft, pointId);
    if (new Set(order).size !== order.length) {
      throw new DomainError('invalid-command', 'Someone is in the order twice');
    }
    assertParticipants(draft, order);
    point.turns = { ...newTurns(order), mode: mode ?? 'round-robin' };
  },
);
