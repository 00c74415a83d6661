import { findDate } from './invitationDate';
import { readHeader, type InvitationHeader, type PreambleLine } from './invitationHeader';
import { presenterLine, splitTitle } from './presenterLine';
import { continuesTitle, CUE_AT_END, isDangling, joinWrapped } from './titleContinuation';

export type { InvitationHeader } from './invitationHeader';

/**
 * Reads a programme pasted from an invitation (docs/method.md § The programme): one item a line in
 * the usual Danish forms — "9.00 – 9.10 Velkomst, v. Mickael", "kl. 13.00–13.40 …", "9-10",
 * "10:10-10:25 Pause", table rows with tabs — with the lines below an item read as its wrapped
 * title, its presenter, or its details (description, parallel sessions), and the lines above the
 * programme as the invitation's header. Nothing is dropped: what cannot be read is returned with
 * the reason.
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
  /** The invitation's title, date and place, read from the lines above the programme. */
  header: InvitationHeader;
}

const CLOCK = String.raw`(\d{1,2})(?:[.:](\d{2}))?`;
const KL = String.raw`(?:kl\.?\s*)?`;
const DASH = String.raw`\s*(?:-|–|—|til)\s*`;
const RANGE = new RegExp(String.raw`^${KL}${CLOCK}${DASH}${KL}${CLOCK}(?![.:]?\d)\s*(.*)$`, 'i');
/** A table's two time cells: "9.00<TAB>9.15<TAB>Velkomst" (minutes needed on both). */
const TAB_RANGE = new RegExp(
  String.raw`^${KL}(\d{1,2})[.:](\d{2})\t+${KL}(\d{1,2})[.:](\d{2})(?![.:]?\d)\s*(.*)$`,
  'i',
);
/** A lone start time needs its minutes ("9.00 Velkomst"), or "3 workshops" would be a time. */
const SINGLE = new RegExp(String.raw`^${KL}(\d{1,2})[.:](\d{2})(?![.:]?\d)\s*(.*)$`, 'i');
const LOOKS_TIMED = /^(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*(?:-|–|—)/i;
const BREAK =
  /^(pause|frokost|kaffe|kaffepause|formiddagspause|eftermiddagspause|break|lunch|coffee)\b/i;
const BULLET = /^[\s•·*>-]*(?=\S)/;
/** Lines a title may wrap over in the source. */
const MAX_WRAPS = 2;

function clock(h: string | undefined, m: string | undefined): number | null {
  const hours = Number(h);
  const minutes = m === undefined ? 0 : Number(m);
  if (!Number.isInteger(hours) || hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** An item being read, and what its last line was, so the next line knows what it goes on. */
interface Pending extends Omit<ProgrammeItem, 'end' | 'minutes'> {
  end: number | null;
  last: 'title' | 'presenter' | 'detail';
  wraps: number;
}

interface Slot {
  start: number | null;
  end: number | null;
  ranged: boolean;
  rest: string;
}

function timeSlot(trimmed: string): Slot | null {
  const range = RANGE.exec(trimmed) ?? TAB_RANGE.exec(trimmed);
  if (range) {
    const [start, end] = [clock(range[1], range[2]), clock(range[3], range[4])];
    return { start, end, ranged: true, rest: range[5]! };
  }
  const single = SINGLE.exec(trimmed);
  if (!single) return null;
  return { start: clock(single[1], single[2]), end: null, ranged: false, rest: single[3]! };
}

/** A line under an item: its title going on, its presenter, or one of its details. */
function continueItem(current: Pending, raw: string, text: string, afterBlank: boolean): void {
  if (current.last === 'title' && !afterBlank && current.wraps < MAX_WRAPS) {
    // "Oplæg ved" with the presenter on the next line.
    const who = CUE_AT_END.test(current.title) ? presenterLine(text, true) : null;
    if (who && !current.presenter) {
      current.title = current.title.replace(CUE_AT_END, '');
      current.presenter = who;
      current.last = 'presenter';
      return;
    }
    if (continuesTitle(current.title, raw)) {
      current.title = joinWrapped(current.title, text);
      current.wraps += 1;
      return;
    }
  }
  if (current.last === 'presenter' && isDangling(current.presenter)) {
    current.presenter = joinWrapped(current.presenter, text);
    return;
  }
  const sinceTitle = current.last !== 'detail' && current.details.length === 0;
  const who = sinceTitle ? presenterLine(text, current.title !== '') : null;
  if (who && (current.presenter === '' || current.last === 'presenter')) {
    // A second presenter line right below the first: both present ("…; …").
    current.presenter = current.presenter ? `${current.presenter}; ${who}` : who;
    current.last = 'presenter';
  } else if (!current.title) {
    current.title = text;
    current.last = 'title';
  } else {
    current.details.push(text);
    current.last = 'detail';
  }
}

export function parseProgramme(text: string): ParsedProgramme {
  const lines = text.split(/\r?\n/);
  const pending: Pending[] = [];
  const unread: UnreadLine[] = [];
  const preamble: PreambleLine[] = [];
  let afterBlank = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.replace(BULLET, '').trim();
    const blank = afterBlank;
    afterBlank = !trimmed;
    if (!trimmed) return;
    const current = pending.at(-1);
    // Above the programme a date is a date ("16-04-2015"), not a time slot.
    if (!current && findDate(trimmed)?.index === 0) {
      preamble.push({ line, raw, afterBlank: blank });
      return;
    }
    const slot = timeSlot(trimmed);
    if (slot) {
      const { start, end } = slot;
      if (start === null || (slot.ranged && (end === null || end <= start))) {
        unread.push({ line, text: raw, reason: 'bad-time' });
        return;
      }
      const { title, presenter, details } = splitTitle(slot.rest);
      const last = presenter ? 'presenter' : 'title';
      const isBreak = BREAK.test(title);
      pending.push({ start, end, title, presenter, details, isBreak, line, last, wraps: 0 });
      return;
    }
    if (!current) {
      preamble.push({ line, raw, afterBlank: blank });
      return;
    }
    if (LOOKS_TIMED.test(trimmed)) {
      unread.push({ line, text: raw, reason: 'bad-time' });
      return;
    }
    continueItem(current, raw, trimmed, blank);
  });

  const { header, used } = readHeader(preamble);
  for (const p of preamble) {
    if (!used.includes(p.line)) unread.push({ line: p.line, text: p.raw, reason: 'no-time' });
  }
  const items: ProgrammeItem[] = [];
  pending.forEach(({ last: _last, wraps: _wraps, ...p }, i) => {
    const end = p.end ?? pending[i + 1]?.start ?? null;
    if (end === null || end <= p.start) {
      unread.push({ line: p.line, text: lines[p.line - 1] ?? '', reason: 'no-end' });
      return;
    }
    items.push({ ...p, isBreak: BREAK.test(p.title), end, minutes: end - p.start });
  });
  unread.sort((a, b) => a.line - b.line);
  return { items, unread, header };
}

/** "9.00", the Danish way (24-hour clock, a point between hours and minutes). */
export function formatClock(minutesAfterMidnight: number, separator = '.'): string {
  const m = ((Math.round(minutesAfterMidnight) % 1440) + 1440) % 1440;
  return `${Math.floor(m / 60)}${separator}${String(m % 60).padStart(2, '0')}`;
}
