/**
 * Reads a programme pasted from an invitation (docs/method.md § The programme): one item a line in
 * the usual Danish forms — "9.00 – 9.10 Velkomst, v. Mickael", "kl. 13.00–13.40 …", "9-10",
 * "10:10-10:25 Pause" — with the lines below an item (presenters, description, parallel sessions)
 * kept as its details. Nothing is dropped: what cannot be read is returned with the reason.
 */
export interface ProgrammeItem {
  /** Minutes after midnight. */
  start: number;
  end: number;
  minutes: number;
  title: string;
  presenter: string;
  details: string[];
  isBreak: boolean;
  /** 1-based line of the time slot. */
  line: number;
}

export type UnreadReason = 'no-time' | 'bad-time' | 'no-end';

export interface UnreadLine {
  line: number;
  text: string;
  reason: UnreadReason;
}

export interface ParsedProgramme {
  items: ProgrammeItem[];
  unread: UnreadLine[];
}

const CLOCK = String.raw`(\d{1,2})(?:[.:](\d{2}))?`;
const KL = String.raw`(?:kl\.?\s*)?`;
const DASH = String.raw`\s*(?:-|–|—|til)\s*`;
const RANGE = new RegExp(String.raw`^${KL}${CLOCK}${DASH}${KL}${CLOCK}(?![.:]?\d)\s*(.*)$`, 'i');
/** A lone start time needs its minutes ("9.00 Velkomst"), or "3 workshops" would be a time. */
const SINGLE = new RegExp(String.raw`^${KL}(\d{1,2})[.:](\d{2})(?![.:]?\d)\s*(.*)$`, 'i');
const LOOKS_TIMED = /^(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*(?:-|–|—)/i;
const PRESENTER = /(?:,\s*|\s+)(?:v\.|v\/|ved|by)\s+(.+)$/i;
const BREAK =
  /^(pause|frokost|kaffe|kaffepause|formiddagspause|eftermiddagspause|break|lunch|coffee)\b/i;
const BULLET = /^[\s•·*>-]*(?=\S)/;

function clock(h: string | undefined, m: string | undefined): number | null {
  const hours = Number(h);
  const minutes = m === undefined ? 0 : Number(m);
  if (!Number.isInteger(hours) || hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

function splitTitle(rest: string): { title: string; presenter: string } {
  const text = rest.replace(/^[\s:,.–—-]+/, '').trim();
  const m = PRESENTER.exec(text);
  if (!m || m.index === 0) return { title: text, presenter: '' };
  return { title: text.slice(0, m.index).replace(/[\s,]+$/, ''), presenter: m[1]!.trim() };
}

interface Pending extends Omit<ProgrammeItem, 'end' | 'minutes'> {
  end: number | null;
}

export function parseProgramme(text: string): ParsedProgramme {
  const pending: Pending[] = [];
  const unread: UnreadLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.replace(BULLET, '').trim();
    if (!trimmed) return;
    const range = RANGE.exec(trimmed);
    const single = range ? null : SINGLE.exec(trimmed);
    if (range || single) {
      const start = range ? clock(range[1], range[2]) : clock(single![1], single![2]);
      const end = range ? clock(range[3], range[4]) : null;
      if (start === null || (range && (end === null || end! <= start))) {
        unread.push({ line, text: raw, reason: 'bad-time' });
        return;
      }
      const { title, presenter } = splitTitle(range ? range[5]! : single![3]!);
      pending.push({ start, end, title, presenter, details: [], isBreak: BREAK.test(title), line });
      return;
    }
    const current = pending.at(-1);
    if (!current || LOOKS_TIMED.test(trimmed)) {
      unread.push({ line, text: raw, reason: current ? 'bad-time' : 'no-time' });
      return;
    }
    // A continuation: the item's presenter when it says "v. …" and none is known yet, else a detail.
    const presenterLine = /^(?:v\.|v\/|ved|oplæg ved|by)\s+(.+)$/i.exec(trimmed);
    if (presenterLine && !current.presenter) current.presenter = presenterLine[1]!.trim();
    else if (!current.title) current.title = trimmed;
    else current.details.push(trimmed);
  });

  const items: ProgrammeItem[] = [];
  pending.forEach((p, i) => {
    const end = p.end ?? pending[i + 1]?.start ?? null;
    if (end === null || end <= p.start) {
      unread.push({ line: p.line, text: text.split(/\r?\n/)[p.line - 1] ?? '', reason: 'no-end' });
      return;
    }
    items.push({ ...p, end, minutes: end - p.start });
  });
  unread.sort((a, b) => a.line - b.line);
  return { items, unread };
}

/** "9.00", the Danish way (24-hour clock, a point between hours and minutes). */
export function formatClock(minutesAfterMidnight: number, separator = '.'): string {
  const m = ((Math.round(minutesAfterMidnight) % 1440) + 1440) % 1440;
  return `${Math.floor(m / 60)}${separator}${String(m % 60).padStart(2, '0')}`;
}
