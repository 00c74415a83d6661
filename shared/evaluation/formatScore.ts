import { localeFor, type Language } from '../languages';

const formats = new Map<string, Intl.NumberFormat>();

function format(lang: Language, digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}${digits}${signed}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeFor(lang), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formats.set(key, f);
  }
  return f;
}

/** A mean or spread as read aloud: "4,0" in Danish, "4.0" in English; a dash when there is none. */
export function formatScore(value: number | null, lang: Language, digits = 1): string {
  return value === null ? '–' : format(lang, digits, false).format(value);
}

/** A change with its sign: "+0,7", "−0,3", "0,0". */
export function formatChange(value: number | null, lang: Language): string {
  return value === null ? '–' : format(lang, 1, true).format(value).replace('-', '−');
}
