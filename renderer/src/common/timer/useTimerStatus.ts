import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Timer } from '../../../../shared/timer';
import { timerStatus, type TimerStatus } from '../../../../shared/timerClock';
import { msUntilNextSecond } from '../timerFormat';

/** When the shown second changes next: the countdown's, or the overrun's as it counts up. */
export function msUntilNextChange(status: TimerStatus): number {
  return msUntilNextSecond(status.remainingMs > 0 ? status.remainingMs : -status.overrunMs);
}

/**
 * The clock for a timer's display: Date.now(), read again just after the timer's shown second
 * changes (a setTimeout to the next whole second, never a counted interval that drifts). A
 * stopped timer does not tick at all. Each tick redraws at once (flushSync) inside the timeout's
 * own task, so one update costs one task, not a timeout plus React's render and effect tasks;
 * the loop lives in one effect per timer, so a tick runs no effect of its own.
 */
export function useTimerClock(timer: Timer | null): number {
  const [now, setNow] = useState(() => Date.now());
  const running = timer !== null && timer.startedAt !== null;

  useEffect(() => {
    if (!timer || !running) return;
    let id: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const t = Date.now();
      flushSync(() => setNow(t));
      id = setTimeout(tick, msUntilNextChange(timerStatus(timer, t)) + 2);
    };
    // The timer changed (or the display is new): the clock held may be old, so read it now.
    id = setTimeout(tick, 0);
    return () => clearTimeout(id);
  }, [timer, running]);

  return now;
}

/** A timer's status, redrawn once a second aligned to its seconds (see useTimerClock). */
export function useTimerStatus(timer: Timer | null): TimerStatus | null {
  const now = useTimerClock(timer);
  // A paused timer's status does not depend on the clock, so an old `now` reads it right.
  return timer === null ? null : timerStatus(timer, now);
}

/**
 * When a view showing the reading `shown` must read the clock again (ms from `now`), or null
 * when it need not: the timer is stopped, or `shown` already is at or past the end. Decided on
 * the reading the view shows, never on a later one: a view drawn a moment before the end must
 * be drawn again even when the check itself runs after the end.
 */
export function nextEndReading(timer: Timer | null, shown: number, now: number): number | null {
  if (!timer || timer.startedAt === null) return null;
  if (timerStatus(timer, shown).remainingMs <= 0) return null;
  return Math.max(0, timerStatus(timer, now).remainingMs) + 2;
}

/**
 * A clock read again only when the timer reaches its end (and at once when the timer changes):
 * for views that change at the end ("time to switch") but not every second, so only the
 * digits redraw each second.
 */
export function useTimerEndClock(timer: Timer | null): number {
  const [reading, setReading] = useState(() => ({ timer, now: Date.now() }));
  const shown = reading.now;
  // A reading taken for another timer (a new step, a restart) is replaced at once.
  const current = reading.timer === timer;
  useEffect(() => {
    const delay = current ? nextEndReading(timer, shown, Date.now()) : 0;
    if (delay === null) return;
    const id = setTimeout(() => setReading({ timer, now: Date.now() }), delay);
    return () => clearTimeout(id);
  }, [timer, shown, current]);
  return shown;
}
