import type { Language } from '../languages';
import { dateParts, formatClock } from './formatDates';

/**
 * Dates and times as the record prints them (docs/method.md § Who uses it, and in which language):
 * Danish "25. november 2026", "25-11-2026" in tables and "kl. 9.00"; English "25 November 2026",
 * ISO dates in tables and "9:00". Written by hand, not with Intl: the output must not depend on
 * which ICU data a machine has.
 */

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "25. november 2026" / "25 November 2026"; '' for no date. */
export function longDate(iso: string, language: Language): string {
  const p = dateParts(iso);
  if (!p) return '';
  const month = MONTHS[language][p.month - 1] ?? '';
  return language === 'da' ? `${p.day}. ${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
}

/** "25-11-2026" / "2026-11-25": the form for table cells. */
export function shortDate(iso: string, language: Language): string {
  const p = dateParts(iso);
  if (!p) return '';
  if (language === 'en') return iso;
  return `${pad(p.day)}-${pad(p.month)}-${p.year}`;
}

/** "kl. 9.00" / "9:00"; a range when `end` is given: "kl. 9.00–9.40". */
export function clockText(start: number, language: Language, end?: number): string {
  const range =
    end === undefined
      ? formatClock(start, language)
      : `${formatClock(start, language)}–${formatClock(end, language)}`;
  return language === 'da' ? `kl. ${range}` : range;
}

/** yyyy-mm-dd of an epoch time, read in a zone `offsetMin` behind UTC (Date#getTimezoneOffset). */
export function isoDateAt(epochMs: number, offsetMin: number): string {
  return new Date(epochMs - offsetMin * 60_000).toISOString().slice(0, 10);
}
