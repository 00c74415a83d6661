/**
 * A date as invitations write it: "Torsdag den 16. april 2015", "16. apr. 2015", "16.04.2015",
 * "16/4-2015", "16-04-15", "2015-04-16", "April 16, 2015". Only whole dates with a year: a day
 * without a year cannot be placed on the calendar.
 */
export interface FoundDate {
  /** yyyy-mm-dd */
  value: string;
  /** Where the date (with its weekday and "den") stands in the text. */
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  january: 1,
  feb: 2,
  februar: 2,
  february: 2,
  mar: 3,
  marts: 3,
  march: 3,
  apr: 4,
  april: 4,
  maj: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WEEKDAY = String.raw`(?:(?:man|tirs|ons|tors|fre|lør|søn)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
const LEAD = String.raw`(?:${WEEKDAY},?\s+)?(?:den\s+)?`;
const YEAR = String.raw`(\d{4}|\d{2})`;

/** Each form's pattern, and which groups hold day, month and year. */
const FORMS: { re: RegExp; d: number; m: number; y: number }[] = [
  // 2015-04-16
  { re: /(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/iu, y: 1, m: 2, d: 3 },
  // Torsdag den 16. april 2015, 16 apr. 2015
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\d])${LEAD}(\d{1,2})\.?\s+(${MONTH})\.?,?\s+(\d{4})(?!\d)`,
      'iu',
    ),
    d: 1,
    m: 2,
    y: 3,
  },
  // Thursday, April 16, 2015
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\d])${LEAD}(${MONTH})\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)`,
      'iu',
    ),
    m: 1,
    d: 2,
    y: 3,
  },
  // 16.04.2015, 16/4-2015, 16-04-15, 16/4 2015
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\d.])${LEAD}(\d{1,2})[./-](\d{1,2})(?:[./-]|\s)${YEAR}(?![\d.:])`,
      'iu',
    ),
    d: 1,
    m: 2,
    y: 3,
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

function toIso(day: number, month: number, year: number): string | null {
  const full = year < 100 ? 2000 + year : year;
  const d = new Date(Date.UTC(full, month - 1, day));
  if (d.getUTCFullYear() !== full || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return `${full}-${pad(month)}-${pad(day)}`;
}

/** The first real date in the text, or null ("31.04.2015" is not one). */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const form of FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const month = /^\d+$/.test(m[form.m]!)
      ? Number(m[form.m])
      : (MONTHS[m[form.m]!.toLowerCase()] ?? 0);
    const value = toIso(Number(m[form.d]), month, Number(m[form.y]));
    if (value && (!best || m.index < best.index)) {
      best = { value, index: m.index, length: m[0].length };
    }
  }
  return best;
}
