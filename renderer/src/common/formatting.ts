import type { Language } from '../../../shared/settings';
import { localeFor } from '../../../shared/languages';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * 'yyyy-mm-dd' → "onsdag den 25. november 2026" (or without the year, for a hint beside a date
 * field); '' stays ''. Read as a local date, not UTC, so it never slips a day.
 */
export function formatDate(date: string, language: Language, withYear = true): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return '';
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const options: Intl.DateTimeFormatOptions = withYear
    ? { dateStyle: 'full' }
    : { weekday: 'long', day: 'numeric', month: 'long' };
  return new Intl.DateTimeFormat(localeFor(language), options).format(d);
}

/** Minutes after midnight as a 24-hour clock: "9.00" in Danish (kl. 9.00), "9:00" in English. */
export function formatClock(minutes: number, language: Language): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  const sep = language === 'da' ? '.' : ':';
  return `${Math.floor(m / 60)}${sep}${pad(m % 60)}`;
}

/** 'hh:mm' → minutes after midnight, or null when not set. */
export function parseTimeOfDay(time: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The save stamp, with seconds so a facilitator sees it move: 14:02:31. */
export function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

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
