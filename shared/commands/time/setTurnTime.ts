import { z } from 'zod';
import { findPoint } from '../../model/lookup';
import { turnHolder } from '../../model/turnFlow';
import { IdSchema } from '../../model/workshop';
import { currentTurnTimer } from '../../programme/timerTargets';
import { defineCommand } from '../defineCommand';

/**
 * A time for each speaker's turn on this point (null: turns are untimed). The timer runs for
 * whoever has the turn, and starts afresh for the next holder when the turn passes on.
 */
export const setTurnTime = defineCommand(
  'timer.setTurnTime',
  { pointId: IdSchema, seconds: z.number().int().min(1).max(3600).nullable() },
  (draft, { pointId, seconds }, ctx) => {
    const point = findPoint(draft, pointId);
    if (seconds === null) {
      point.turnTimer = null;
      return;
    }
    const perTurnMs = seconds * 1000;
    const current = currentTurnTimer(point);
    if (current) {
      // The holder keeps the time already used; only the length changes.
      point.turnTimer = {
        perTurnMs,
        holder: current.holder,
        turn: current.turn,
        after: current.after,
        timer: { ...current.timer, duration: perTurnMs },
      };
      return;
    }
    const turns = point.turns;
    const running = point.status === 'active' && turns !== null && !turns.ended;
    point.turnTimer = {
      perTurnMs,
      holder: turns ? turnHolder(turns) : null,
      turn: turns?.log.length ?? 0,
      after: turns?.log.at(-1)?.id ?? null,
      timer: { startedAt: running ? ctx.now : null, accumulated: 0, duration: perTurnMs },
    };
  },
);
