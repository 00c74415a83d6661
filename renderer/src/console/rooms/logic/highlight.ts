export interface Split {
  before: string;
  match: string;
  after: string;
}

/** The text cut around a marked span (clamped to the text), for showing a likely idea killer. */
export function splitAt(text: string, start: number, end: number): Split {
  const s = Math.max(0, Math.min(text.length, start));
  const e = Math.max(s, Math.min(text.length, end));
  return { before: text.slice(0, s), match: text.slice(s, e), after: text.slice(e) };
}
