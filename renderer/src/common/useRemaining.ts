import { useEffect, useState } from 'react';
import { remaining, type Timer } from '../../../shared/timer';
import { msUntilNextSecond } from './timerFormat';

/**
 * Time left on a timer, re-read against Date.now() just after the shown second changes (not on
 * a drifting interval). A stopped timer does not tick at all.
 */
export function useRemaining(timer: Timer | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  const running = timer !== null && timer.startedAt !== null;

  useEffect(() => {
    if (!timer || !running) return;
    const t = Date.now();
    // A new timer after a quiet spell: the clock we hold is old, so read it again at once.
    const delay = t - now > 50 ? 0 : msUntilNextSecond(remaining(timer, t)) + 2;
    const id = setTimeout(() => setNow(Date.now()), delay);
    return () => clearTimeout(id);
  }, [timer, running, now]);

  return timer === null ? null : remaining(timer, now);
}
