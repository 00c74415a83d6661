import { localeFor, type Language } from '../languages';

/**
 * Dates and times in the app's two languages: the clock ("9.00" / "9:00") for the pages and the
 * record alike, and the pages' dates, from Intl with the locale from localeFor. The record's own
 * fixed forms build on this in recordDates.ts, apart so the pages do not load them.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** 'yyyy-mm-dd' as numbers; null for anything else (a date not set). */
export function dateParts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** A 'yyyy-mm-dd' read as a local date, not UTC, so it never slips a day. */
function localDate(iso: string): Date | null {
  const p = dateParts(iso);
  return p ? new Date(p.year, p.month - 1, p.day) : null;
}

// The day without the year, from these names, as Chromium's Intl writes it ("torsdag 12. marts",
// "Thursday 12 March"): the console shows it on its first screen, and the first Intl date format
// of a page costs a whole frame (its locale data loads).
const WEEKDAYS: Record<Language, readonly string[]> = {
  da: 'søndag mandag tirsdag onsdag torsdag fredag lørdag'.split(' '),
  en: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' '),
};
const MONTHS: Record<Language, readonly string[]> = {
  da: 'januar februar marts april maj juni juli august september oktober november december'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
};

/**
 * 'yyyy-mm-dd' → "onsdag den 25. november 2026" (or without the year, for a hint beside a date
 * field: "onsdag 25. november"); '' stays ''.
 */
export function formatDate(date: string, language: Language, withYear = true): string {
  const d = localDate(date);
  if (!d) return '';
  if (!withYear) {
    const weekday = WEEKDAYS[language][d.getDay()];
    const month = MONTHS[language][d.getMonth()];
    const day = d.getDate();
    return language === 'da' ? `${weekday} ${day}. ${month}` : `${weekday} ${day} ${month}`;
  }
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'full' }).format(d);
}

/** 'yyyy-mm-dd' → "25. nov. 2026" / "25 Nov 2026", compact for the projector; not a date as is. */
export function formatShortDay(date: string, language: Language): string {
  const d = localDate(date);
  if (!d) return date;
  return new Intl.DateTimeFormat(localeFor(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(d);
}

/** Minutes after midnight as a 24-hour clock: "9.00" in Danish (kl. 9.00), "9:00" in English. */
export function formatClock(minutesOfDay: number, language: Language): string {
  const total = ((Math.round(minutesOfDay) % 1440) + 1440) % 1440;
  const sep = language === 'da' ? '.' : ':';
  return `${Math.floor(total / 60)}${sep}${pad(total % 60)}`;
}

/** The save stamp, local time with seconds so a facilitator sees it move: 14:02:31. */
export function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
