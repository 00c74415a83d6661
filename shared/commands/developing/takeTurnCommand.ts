import { z } from 'zod';
import { DomainError } from '../../errors';
import { findPoint } from '../../model/lookup';
import { takeTurn } from '../../model/turnFlow';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** Move the turn on: `spoke` (had the word), `pass` (recorded as a pass) or `skip`. */
export const takeTurnCommand = defineCommand(
  'turns.take',
  { pointId: IdSchema, kind: z.enum(['spoke', 'pass', 'skip']) },
  (draft, { pointId, kind }, ctx) => {
    const turns = findPoint(draft, pointId).turns;
    if (!turns || turns.mode !== 'round-robin') {
      throw new DomainError('invalid-command', 'There are no turns on this point');
    }
    if (turns.ended)
      throw new DomainError('invalid-command', 'Everyone has passed: the turns have ended');
    takeTurn(turns, kind, ctx.now);
  },
);
