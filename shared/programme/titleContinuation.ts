import { isStrongPresenterLine, presenterLine } from './presenterLine';

/**
 * Titles that wrap in the invitation: "10.15–10.45  Fremtidens sundhedsvæsen – hvordan sikrer vi"
 * with "sammenhæng for borgeren?" on the line below. Danish titles are written in sentence case,
 * so a line that goes on starts in lower case, or follows a title that cannot end where it does
 * (on "og", "mellem", "vi", a dash or a comma). A presenter line ("v. …", "Direktør Anne
 * Hansen, …") or a list item ("A: …", "• …") is never part of the title.
 */

/** Words a title does not end on: conjunctions, prepositions, articles, a question's start. */
const DANGLING_WORD =
  /(?:^|\s)(?:og|eller|samt|men|at|som|der|i|på|af|for|til|med|om|fra|mellem|mod|efter|under|over|gennem|uden|hos|blandt|en|et|den|det|de|vi|du|man|hvordan|hvorfor|hvad|hvem|hvornår|hvor|and|or|of|the|a|an|to|in|on|with|from|how|what|why)$/iu;
const DANGLING_MARK = /[–—:,&/(+-]$/u;
const FINISHED = /[.!?]$/u;
/** A list item in the source: a bullet, or "A:", "1.", "b)" before the text. */
const LIST_ITEM = /^\s*(?:[•·*>▪◦–—-]|\(?[\p{L}\d]{1,2}[).:])\s/u;
/** "Oplæg ved" at the end of a line: the presenter is on the next. */
export const CUE_AT_END = /[\s,]+(?:v\.|v\/|ved|by)$/iu;

export function isDangling(title: string): boolean {
  return DANGLING_WORD.test(title) || DANGLING_MARK.test(title);
}

/** True when `line` (as it stood in the source) goes on with `title`. */
export function continuesTitle(title: string, raw: string): boolean {
  const line = raw.trim();
  if (!title || !line || LIST_ITEM.test(raw) || isStrongPresenterLine(line)) return false;
  if (isDangling(title)) return true;
  if (FINISHED.test(title)) return false;
  return /^\p{Ll}/u.test(line) && presenterLine(line) === null;
}

/**
 * The title with its next line: words broken at a hyphen are joined ("under-" + "støtter"),
 * a hyphen that belongs stays ("KOL-" + "patienter", "sundheds- og ældreområdet").
 */
export function joinWrapped(title: string, line: string): string {
  const next = line.trim();
  if (
    /\p{Ll}-$/u.test(title) &&
    /^\p{Ll}/u.test(next) &&
    !/^(?:og|eller|samt|and|or)\b/u.test(next)
  ) {
    return title.slice(0, -1) + next;
  }
  if (/[\p{Lu}\d]-$/u.test(title) && /^\p{L}/u.test(next)) return title + next;
  return `${title} ${next}`;
}
