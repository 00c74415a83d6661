/**
 * Who presents an item, as Danish invitations write it: after "v." or "ved" ("v/ overlæge Jens
 * Møller, Aarhus Universitetshospital", "Oplæg ved sundhedschef Mette Kjær, Sundhed og Omsorg"),
 * as a line of its own ("Direktør Anne Hansen, Region Midtjylland", "Anne Hansen og Peter Holm"),
 * in a table's last cell, or after a dash. The organisation stays with the name, as the agenda
 * stores presenters. A description that merely starts with a capital ("Ved bordene drøfter vi
 * …", "Erfaringer fra Region Midtjylland") is not a presenter.
 */

/** Job titles by their endings: sundhedschef, lægefaglig direktør, overlæge, chefkonsulent … */
const TITLE_WORD =
  /^(?:[\p{L}-]*(?:direktør|chef|leder|læge|konsulent|sygeplejerske|formand|professor|lektor|adjunkt|rådgiver|koordinator|terapeut|medarbejder|sekretær|borgmester|rådmand|fuldmægtig|forsker|psykolog|jordemoder|ordfører|director|manager|consultant|officer|nurse|mayor|chair)|dr\.|prof\.)$/iu;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)*$|^\p{Lu}\.$/u;
const PARTICLE = /^(?:von|van|de|la|af|du|le|di)$/;
/** What may stand before a title: "fhv.", "lægefaglig", "ledende", "klinisk", "vice". */
const MODIFIER = /^(?:fhv\.|kst\.|konst\.|vice|senior|\p{L}+(?:ende|ig|isk))$/iu;
/** A room or a hall is where, not who ("Store Sal, Aarhus Rådhus"). */
const PLACE_WORD = /^(?:lokale|mødelokale|sal|salen|auditorium|aud\.|bygning|etage|room|hall)$/i;
/** "v." and "v/" always name a presenter; "ved" and "by" only when a name or title follows. */
const CUE_LINE = /^(?:oplæg\s+)?(?:(v\.|v\/)\s*|(ved|by)\s+)(.+)$/iu;
const LABEL_LINE =
  /^(?:oplægsholdere?|ordstyrer|facilitator|tovholder|speakers?|presenters?|chair)\s*:\s*(.+)$/iu;
const CUE_INLINE = /(,\s*|\s+)(v\.|v\/|(?:ved|by)(?=\s|$))\s*/giu;
const COMMA_SPLIT = /\s*[,(]\s*/u;
const AND_SPLIT = /\s+(?:og|&|and)\s+/u;
const SENTENCE = /[.!?]\s+\p{Lu}|[!]$|\p{Ll}{4,}\.$/u;

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('da') + text.slice(1);

/** "Anne Hansen", "Direktør Anne Hansen", "lægefaglig direktør Claus Thomsen", "Per B. la Cour". */
function isPerson(part: string, alone: boolean): boolean {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.some((w) => PLACE_WORD.test(w))) return false;
  const title = words.findIndex((w) => TITLE_WORD.test(w));
  // Up to two words before the title ("fhv.", "lægefaglig", "ledende"), then the name.
  const titled = title >= 0 && title <= 2 && words.slice(0, title).every((w) => MODIFIER.test(w));
  const name = titled ? words.slice(title + 1) : words;
  if (name.length === 0 || name.length > 5) return false;
  const inside = name.slice(1, -1);
  if (!NAME_WORD.test(name[0]!) || !NAME_WORD.test(name.at(-1)!)) return false;
  if (!inside.every((w) => NAME_WORD.test(w) || PARTICLE.test(w))) return false;
  // Without a title, one capitalised word is just a word ("Velkomst"), unless a cue said so.
  return titled || !alone || name.length >= 2;
}

/**
 * People first ("Anne Hansen og Peter Holm", "Direktør Anne Hansen"), then anything after a
 * comma: their titles and organisations ("…, professor i sundhedsledelse og politik, SDU").
 */
function readsAsPeople(text: string, alone: boolean): boolean {
  if (text.length > 200 || SENTENCE.test(text)) return false;
  const first = (text.split(COMMA_SPLIT)[0] ?? '').trim();
  return first.split(AND_SPLIT).every((p) => isPerson(p.trim(), alone));
}

/** After a cue: any capitalised name or organisation, or a title and a name. */
function afterCue(rest: string, strict: boolean): boolean {
  if (rest.length === 0 || rest.length > 200 || SENTENCE.test(rest)) return false;
  if (!strict) return true;
  return /^[\p{Lu}\d]/u.test(rest) || readsAsPeople(rest, false);
}

/**
 * The presenter a whole line names, without its cue and capitalised
 * ("v/ overlæge Jens Møller, AUH" → "Overlæge Jens Møller, AUH"); null when the line is
 * something else. `alone`: no cue needed when the line reads as people.
 */
export function presenterLine(line: string, alone = true): string | null {
  const text = line.trim();
  const label = LABEL_LINE.exec(text);
  if (label) return capitalise(label[1]!.trim());
  const cue = CUE_LINE.exec(text);
  if (cue) {
    const rest = cue[3]!.trim();
    return afterCue(rest, cue[2] !== undefined) ? capitalise(rest) : null;
  }
  return alone && readsAsPeople(text, true) ? capitalise(text) : null;
}

/** True when the line names a presenter by a cue or a job title: stronger than a wrapped title. */
export function isStrongPresenterLine(line: string): boolean {
  const text = line.trim();
  if (LABEL_LINE.test(text)) return true;
  if (CUE_LINE.test(text)) return presenterLine(text, false) !== null;
  const first = text.split(COMMA_SPLIT)[0] ?? '';
  return first.split(/\s+/).some((w) => TITLE_WORD.test(w)) && presenterLine(text) !== null;
}

/**
 * An item line's title and presenter: "Velkomst, v. Mickael", "Oplæg ved Anne Mejlholm",
 * "Velkomst<TAB>Direktør Anne Hansen", "Velkomst – Anne Hansen, Region Midtjylland". Cells of a
 * pasted table that are neither come back as details.
 */
export function splitTitle(rest: string): { title: string; presenter: string; details: string[] } {
  const trimmed = rest.replace(/^[\s:,.–—-]+/u, '').trimEnd();
  const cells = trimmed
    .split(/\t+/u)
    .map((c) => c.trim())
    .filter(Boolean);
  // Columns set with spaces: only a presenter at the end is a column of its own; elsewhere wide
  // spaces are a PDF's justification ("Fremtidens   sundhedsvæsen").
  const spaced = /^(.*\S)\s{3,}(\S.*)$/u.exec(trimmed);
  if (cells.length === 1 && spaced && presenterLine(spaced[2]!) !== null) {
    cells.splice(0, 1, spaced[1]!, spaced[2]!);
  }
  const text = cells.length === 1 ? trimmed.replace(/\s{2,}/gu, ' ') : trimmed;
  if (cells.length > 1) {
    const head = splitTitle(cells[0]!);
    const details: string[] = [];
    let presenter = head.presenter;
    for (const cell of cells.slice(1)) {
      const who = presenter ? null : presenterLine(cell);
      if (who) presenter = who;
      else details.push(cell);
    }
    return { title: head.title, presenter, details };
  }
  for (const m of text.matchAll(CUE_INLINE)) {
    if (m.index === 0) continue;
    const after = text.slice(m.index + m[0].length).trim();
    const strict = !/^v[./]$/iu.test(m[2]!);
    if (afterCue(after, strict)) {
      const title = text.slice(0, m.index).replace(/[\s,]+$/u, '');
      return { title, presenter: capitalise(after), details: [] };
    }
  }
  const dash = /\s[–—-]\s(?!.*\s[–—-]\s)(.+)$/u.exec(text);
  if (dash && dash.index > 0 && presenterLine(dash[1]!) !== null) {
    return { title: text.slice(0, dash.index).trim(), presenter: dash[1]!.trim(), details: [] };
  }
  return { title: text, presenter: '', details: [] };
}
