import { findDate } from './invitationDate';
import { presenterLine } from './presenterLine';
import { continuesTitle, joinWrapped } from './titleContinuation';

/**
 * The head of an invitation, above its programme: what the meeting is called, when and where
 * ("Temadag om sammenhængende forløb", "Torsdag den 16. april 2015", "Sted: Aarhus Rådhus,
 * lokale 1"). Offered to the facilitator for the workshop's header, never applied unasked.
 */
export interface HeaderField {
  text: string;
  /** 1-based line it was read from. */
  line: number;
}

export interface InvitationHeader {
  title: HeaderField | null;
  /** `value` is yyyy-mm-dd; `text` the line's own words. */
  date: (HeaderField & { value: string }) | null;
  place: HeaderField | null;
}

/** A line above the first time slot. */
export interface PreambleLine {
  line: number;
  /** As in the source (indents and bullets kept). */
  raw: string;
  /** An empty line stood between it and the line before. */
  afterBlank: boolean;
}

const LABEL = /^([\p{L}][\p{L} /-]{0,24}?)\s*:\s*(.*)$/u;
const PLACE_LABEL =
  /^(?:sted|mødested|lokation|lokale|location|place|venue|where|adresse|address)$/iu;
const DATE_LABEL =
  /^(?:dato|date|dag|tid|tidspunkt|hvornår|when|tid og sted|dato og sted|time and place)$/iu;
const TITLE_LABEL = /^(?:titel|title|emne|subject|tema|theme|overskrift|arrangement|event)$/iu;
/** Labels of what an invitation says besides its title ("Tilmelding: …", "Målgruppe: …"). */
const OTHER_LABEL =
  /^(?:tilmelding|frist|målgruppe|pris|deltagere|deltagerkreds|arrangør|arrangører|kontakt|spørgsmål|bemærk|nb|obs|formål|baggrund|program|programme|dagsorden|agenda|parkering|transport|forplejning|mail|e-mail|tlf|telefon|web|link|svar|deadline|til|fra|cc|sendt|sent|from|to|who|hvem|price|audience|registration)$/iu;
/** Headings and forms that name no meeting. */
const GENERIC =
  /^(?:(?:foreløbigt|endeligt)?\s*program(?:me)?|dagsorden|agenda|invitation|indbydelse|velkommen|welcome|(?:program(?:me)?\s*)?\(?\s*foreløbige?\s+tidsangivelser\s*\)?)\s*[:.]?$/iu;
const SALUTATION = /^(?:kære|hej|dear|hi|hello|til\s+alle|med venlig hilsen|mvh|venlig hilsen)\b/iu;
/** A deadline or a reply is not the day of the meeting, nor its title. */
const NOT_THE_DAY =
  /\b(?:tilmelding|tilmeld|senest|frist|svar|deadline|rsvp|husk|udsendt|sendt)\b/iu;
const INVITED =
  /^(?:(?:invitation|indbydelse)\s*(?::|til)\s*|(?:du|i)\s+(?:er\s+)?(?:inviteres|indbydes)\s+(?:hermed\s+)?til\s+)/iu;
const TIME_SPAN =
  /(?:fra\s+)?(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*(?:-|–|—|til)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?|(?:fra\s+)?kl\.?\s*\d{1,2}(?:[.:]\d{2})?/giu;
const EDGES = /^[\s,;:–—-]+|[\s,;:–—-]+$/gu;
const MAX = 200;

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('da') + text.slice(1);

function clean(text: string): string {
  return text.replace(TIME_SPAN, ' ').replace(/\s+/g, ' ').replace(EDGES, '');
}

/** Prose, not a heading: a sentence, or too long to be a title. */
function isProse(text: string): boolean {
  return (
    text.length > 140 ||
    /[.!?]\s+\p{Lu}/u.test(text) ||
    (/\.$/u.test(text) && text.split(/\s+/).length >= 8)
  );
}

function asTitle(text: string): string | null {
  const t = capitalise(text.replace(INVITED, '').replace(EDGES, '').trim());
  if (!/\p{L}/u.test(t) || t.length > MAX || GENERIC.test(t) || SALUTATION.test(t)) return null;
  // A presenter's line names people, not the meeting ("Mickael Grøne Bech, professor, SDU").
  if (isProse(t) || /^\d/.test(t) || NOT_THE_DAY.test(t) || presenterLine(t) !== null) return null;
  return t;
}

interface DateRead {
  value: string;
  /** What stood before the date, when it is not the place ("Temadag om … den 16. april"). */
  before: string;
  /** What stood beside the date after a comma, or after "på"/"i": the place. */
  place: string;
}

/** A line that is a date, maybe with its time and place; null when the date is in passing. */
function readDateLine(text: string, labelled: boolean): DateRead | null {
  if (NOT_THE_DAY.test(text)) return null;
  const found = findDate(text);
  if (!found) return null;
  const rawBefore = text.slice(0, found.index);
  const rawAfter = text.slice(found.index + found.length);
  const after = clean(rawAfter).replace(/^(?:på|i|at|in)\s+/iu, '');
  const before = clean(rawBefore).replace(/\s+(?:den|d\.|on)$/iu, '');
  const beforeIsPlace = /,\s*$/u.test(rawBefore) || labelled;
  const place = after || (beforeIsPlace ? before : '');
  // "Status på samarbejdet 16. april 2015 og næste skridt" is a sentence, not a date line.
  if (!labelled && after && !/^\s*(?:,|kl\.?|fra|på|i|at|in|[–—-])|^\s*\d/iu.test(rawAfter)) {
    return null;
  }
  return { value: found.value, before: place === before ? '' : before, place };
}

/** The header the lines above the programme give, and which lines it used. */
export function readHeader(lines: readonly PreambleLine[]): {
  header: InvitationHeader;
  used: number[];
} {
  const header: InvitationHeader = { title: null, date: null, place: null };
  const used = new Set<number>();
  let titleOpen = false;
  const take = (field: 'title' | 'place', text: string, line: number) => {
    if (header[field] || !text || text.length > MAX) return false;
    header[field] = { text, line };
    used.add(line);
    return true;
  };

  for (const { line, raw, afterBlank } of lines) {
    const text = raw.trim();
    if (titleOpen && header.title && !afterBlank && continuesTitle(header.title.text, raw)) {
      const joined = joinWrapped(header.title.text, text);
      if (joined.length <= MAX) {
        header.title = { ...header.title, text: joined };
        used.add(line);
        continue;
      }
    }
    titleOpen = false;
    const label = LABEL.exec(text);
    const name = label?.[1]?.trim() ?? '';
    const value = (label?.[2] ?? '').trim();
    if (label && PLACE_LABEL.test(name)) {
      if (!/^adresse|^address/iu.test(name) || !header.place) take('place', value, line);
      continue;
    }
    if (label && TITLE_LABEL.test(name)) {
      titleOpen = take('title', asTitle(value) ?? '', line);
      continue;
    }
    const dateLabel = !!label && DATE_LABEL.test(name);
    const dateLine = header.date ? null : readDateLine(dateLabel ? value : text, dateLabel);
    if (dateLine) {
      header.date = { value: dateLine.value, text, line };
      used.add(line);
      if (dateLine.place) take('place', dateLine.place, line);
      if (dateLine.before) take('title', asTitle(dateLine.before) ?? '', line);
      continue;
    }
    // "Tid og sted: kl. 13.00–16.00, Regionshuset Viborg" without a date: still the place.
    if (dateLabel && /sted|place/iu.test(name)) take('place', clean(value), line);
    if (dateLabel || (label && OTHER_LABEL.test(name)) || header.title) continue;
    const title = asTitle(text);
    if (title) titleOpen = take('title', title, line);
  }
  return { header, used: [...used].sort((a, b) => a - b) };
}
