import { turnHolder } from '../model/turnFlow';
import type { AgendaPoint } from '../model/workshop';
import type { Timer } from '../timer';

/*
 * The speaker's turn timer, as plain functions: no zod here, so the pages import it without the
 * schemas (shared/programme/timerTargets.ts re-exports it).
 */

/** The speaker's turn timer as it stands: whose turn, which turn, and the timer. */
export interface TurnTimerNow {
  holder: string;
  /** The turn log's length when this turn began. */
  turn: number;
  /** The id of the log's last event when this turn began (null: no event, or one without id). */
  after: string | null;
  timer: Timer;
}

/**
 * The current speaker's turn timer. The stored timer belongs to one turn; once the turn has
 * passed on, the new holder's time began when the last turn was taken (the turn log's time),
 * and it runs while the point is active.
 */
export function currentTurnTimer(point: AgendaPoint): TurnTimerNow | null {
  const stored = point.turnTimer;
  const turns = point.turns;
  if (!stored || !turns || turns.mode !== 'round-robin' || turns.ended) return null;
  const holder = turnHolder(turns);
  if (holder === null) return null;
  const turn = turns.log.length;
  const last = turns.log.at(-1);
  const after = last?.id ?? null;
  const same = stored.after !== undefined ? stored.after === after : stored.turn === turn;
  if (same && stored.holder === holder) return { holder, turn, after, timer: stored.timer };
  const began = last?.at;
  const running = point.status === 'active' && began !== undefined;
  return {
    holder,
    turn,
    after,
    timer: { startedAt: running ? began : null, accumulated: 0, duration: stored.perTurnMs },
  };
}
