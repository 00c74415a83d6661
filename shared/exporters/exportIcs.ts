import ICAL from 'ical.js';
import type { ActionRow } from './actionRows';
import type { WorkshopRecord } from './record';

/** yyyy-mm-dd plus one day, for the exclusive end of an all-day event. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * ical.js folds after 75 octets of content and then adds the continuation's space: 76 octets.
 * RFC 5545 counts the space, so fold at 74. The setting is global, hence set and restored.
 */
function withFoldLength<T>(length: number, run: () => T): T {
  const before = ICAL.foldLength;
  ICAL.foldLength = length;
  try {
    return run();
  } finally {
    ICAL.foldLength = before;
  }
}

/** A UID part: only characters every calendar accepts. */
function uidPart(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '_');
}

interface EventInput {
  uid: string;
  date: string;
  summary: string;
  description: string;
  cancelled: boolean;
}

function event(input: EventInput, stamp: ICAL.Time): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', input.uid);
  vevent.addPropertyWithValue('dtstamp', stamp);
  vevent.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(input.date));
  vevent.addPropertyWithValue('dtend', ICAL.Time.fromDateString(nextDay(input.date)));
  vevent.addPropertyWithValue('summary', input.summary);
  vevent.addPropertyWithValue('description', input.description);
  // A reminder of a deadline, not a meeting: it must not show the day as busy.
  vevent.addPropertyWithValue('transp', 'TRANSPARENT');
  if (input.cancelled) vevent.addPropertyWithValue('status', 'CANCELLED');
  return vevent;
}

function description(row: ActionRow, record: WorkshopRecord): string {
  const s = record.strings;
  const who = row.who === '' ? s.gaps.noOwner : row.who;
  const owner = row.organisation === '' ? who : `${who} (${row.organisation})`;
  const meeting = [record.title, record.minutes.dateText].filter((x) => x !== '').join(', ');
  return [
    `${s.calendar.owner}: ${owner}`,
    row.pointText === '' ? '' : `${s.columns.point}: ${row.pointText}`,
    `${s.columns.status}: ${row.statusText}`,
    row.trial ? s.minutes.trialNote(row.evaluationText) : '',
    row.followUp === '' ? '' : `${s.columns.followUp}: ${row.followUp}`,
    meeting === '' ? '' : s.calendar.agreedAt(meeting),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The dated actions as a calendar (RFC 5545): each an all-day event on its due date with the
 * owner in the description, and a trial action's evaluation on its own date. All-day events
 * rather than VTODOs, since Outlook and Google Calendar import only events. Actions for "the
 * next meeting" or without a date have no day, so they are not in the calendar.
 */
export function exportIcs(record: WorkshopRecord, generatedAt: Date): string {
  const stamp = ICAL.Time.fromJSDate(generatedAt, true);
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Dialogrum//Dialogrum//DA');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', record.strings.calendar.name(record.title));
  const base = uidPart(record.workshopId);
  for (const row of record.actions) {
    const text = description(row, record);
    const cancelled = row.status === 'dropped';
    if (row.dueDate !== null) {
      const uid = `${base}-${uidPart(row.id)}@dialogrum`;
      const input = { uid, date: row.dueDate, summary: row.what, description: text, cancelled };
      calendar.addSubcomponent(event(input, stamp));
    }
    if (row.evaluationDate !== null) {
      const uid = `${base}-${uidPart(row.id)}-evaluation@dialogrum`;
      const summary = record.strings.calendar.evaluation(row.what);
      const input = { uid, date: row.evaluationDate, summary, description: text, cancelled };
      calendar.addSubcomponent(event(input, stamp));
    }
  }
  return withFoldLength(74, () => calendar.toString()) + '\r\n';
}
