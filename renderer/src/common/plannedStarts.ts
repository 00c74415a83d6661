import { parseTimeOfDay } from '../../../shared/programme/schedule';

/** Planned start of each point from the workshop's start time and the minutes before it. */
export function plannedStarts(startTime: string, minutes: readonly number[]): (number | null)[] {
  const start = parseTimeOfDay(startTime);
  if (start === null) return minutes.map(() => null);
  let at = start;
  return minutes.map((m) => {
    const here = at;
    at += m;
    return here;
  });
}
