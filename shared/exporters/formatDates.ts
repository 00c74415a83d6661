import { exportStrings, type ExportLanguage } from './exportStrings';

/**
 * Dates and times as the record prints them (docs/method.md § Who uses it, and in which language):
 * Danish "25. november 2026", "25-11-2026" in tables and "kl. 9.00"; English "25 November 2026",
 * ISO dates in tables and "9:00". Written by hand, not with Intl: the output must not depend on
 * which ICU data a machine has.
 */

function parts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "25. november 2026" / "25 November 2026"; '' for no date. */
export function longDate(iso: string, language: ExportLanguage): string {
  const p = parts(iso);
  if (!p) return '';
  const month = exportStrings(language).months[p.month - 1] ?? '';
  return language === 'da' ? `${p.day}. ${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
}

/** "25-11-2026" / "2026-11-25": the form for table cells. */
export function shortDate(iso: string, language: ExportLanguage): string {
  const p = parts(iso);
  if (!p) return '';
  if (language === 'en') return iso;
  return `${String(p.day).padStart(2, '0')}-${String(p.month).padStart(2, '0')}-${p.year}`;
}

/** Minutes after midnight as a clock reading: "9.00" / "9:00" (24-hour, hours unpadded). */
export function clock(minutesOfDay: number, language: ExportLanguage): string {
  const total = ((Math.round(minutesOfDay) % 1440) + 1440) % 1440;
  const h = Math.floor(total / 60);
  const m = String(total % 60).padStart(2, '0');
  return language === 'da' ? `${h}.${m}` : `${h}:${m}`;
}

/** "kl. 9.00" / "9:00"; a range when `end` is given: "kl. 9.00–9.40". */
export function clockText(start: number, language: ExportLanguage, end?: number): string {
  const range =
    end === undefined
      ? clock(start, language)
      : `${clock(start, language)}–${clock(end, language)}`;
  return language === 'da' ? `kl. ${range}` : range;
}

/** yyyy-mm-dd of an epoch time, read in a zone `offsetMin` behind UTC (Date#getTimezoneOffset). */
export function isoDateAt(epochMs: number, offsetMin: number): string {
  return new Date(epochMs - offsetMin * 60_000).toISOString().slice(0, 10);
}
