import { z } from 'zod';
import { DomainError } from '../../errors';
import { assertParticipants, findPoint } from '../../model/lookup';
import { newTurns, TurnModeSchema } from '../../model/turns';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/**
 * Start ideas in turn with this order (a random draw is made by the sender and arrives as an
 * order, so the reducer stays pure and replays the same). Only once per point: a second start,
 * from a screen that had not yet seen the first (two people at two laptops), would throw away
 * the turns given since.
 */
export const setupTurns = defineCommand(
  'turns.setup',
  { pointId: IdSchema, order: z.array(IdSchema), mode: TurnModeSchema.optional() },
  (draft, { pointId, order, mode }) => {
    const point = findPoint(draft, pointId);
    if (point.turns) {
      throw new DomainError('turns-already-started', 'Ideas in turn have already started', {
        pointId,
      });
    }
    if (new Set(order).size !== order.length) {
      throw new DomainError('invalid-command', 'Someone is in the order twice');
    }
    assertParticipants(draft, order);
    point.turns = { ...newTurns(order), mode: mode ?? 'round-robin' };
  },
);
