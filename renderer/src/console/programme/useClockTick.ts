import { useEffect, useState } from 'react';

/**
 * Date.now(), read again at each whole `everyMs` of the clock (a setTimeout to the next
 * boundary, so it never drifts): enough for a programme shown in minutes.
 */
export function useClockTick(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setTimeout(() => setNow(Date.now()), everyMs - (Date.now() % everyMs) + 5);
    return () => clearTimeout(id);
  }, [now, everyMs]);
  return now;
}
