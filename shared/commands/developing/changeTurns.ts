import { z } from 'zod';
import { DomainError } from '../../errors';
import { assertParticipants, findTurns } from '../../model/lookup';
import { reorderTurns } from '../../model/turnFlow';
import { TurnModeSchema } from '../../model/turns';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** Reorder, switch between turns and free brainstorming, or open a new round after the end. */
export const changeTurns = defineCommand(
  'turns.change',
  {
    pointId: IdSchema,
    order: z.array(IdSchema).optional(),
    mode: TurnModeSchema.optional(),
    reopen: z.boolean().optional(),
  },
  (draft, { pointId, order, mode, reopen }) => {
    const turns = findTurns(draft, pointId);
    if (order) {
      if (new Set(order).size !== order.length) {
        throw new DomainError('invalid-command', 'Someone is in the order twice');
      }
      assertParticipants(draft, order);
      reorderTurns(turns, order);
    }
    if (mode) turns.mode = mode;
    if (reopen && turns.ended) {
      turns.ended = false;
      turns.passesInARow = 0;
      turns.round += 1;
      turns.index = 0;
    }
  },
);
