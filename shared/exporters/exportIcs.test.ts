import { convertIcsCalendar } from 'ts-ics';
import { describe, expect, it } from 'vitest';
import { storedFixtureWorkshop } from '../../test/fixtures/exports/storedFixture';
import { exportIcs } from './exportIcs';
import { buildRecord } from './record';

const workshop = storedFixtureWorkshop();
const record = buildRecord(workshop, { language: 'da', today: '2026-11-25' });
const generatedAt = new Date(Date.UTC(2026, 10, 25, 12));
const text = exportIcs(record, generatedAt);
// An independent parser (ts-ics), not the library that wrote the file (ical.js).
const calendar = convertIcsCalendar(undefined, text);
const events = calendar.events ?? [];
const day = (d: { date: Date } | undefined) => d?.date.toISOString().slice(0, 10);

describe('ICS export', () => {
  it("has an all-day event per dated action, and one for the trial action's evaluation", () => {
    expect(events.map((e) => [e.summary, day(e.start), day(e.end ?? undefined)])).toEqual([
      ['Sende tal for medicinfejl ved overgange, 2025-2026', '2026-11-24', '2026-11-25'],
      ['Udarbejde fælles tjekliste; "den gode udskrivelse"', '2026-12-15', '2026-12-16'],
      ['Afprøve videoopkald ved udskrivelse på to afsnit', '2027-01-05', '2027-01-06'],
      [
        'Evaluering af prøvehandling: Afprøve videoopkald ved udskrivelse på to afsnit',
        '2027-02-01',
        '2027-02-02',
      ],
      ['Finde midler til fælles opfølgningsopkald', '2027-01-31', '2027-02-01'],
    ]);
    for (const e of events) expect(e.start.type).toBe('DATE');
  });

  it('leaves out actions for the next meeting and those without a date', () => {
    const summaries = events.map((e) => e.summary);
    expect(summaries).not.toContain('Afklare adgang til FMK for hjemmeplejen');
    expect(summaries).not.toContain('Invitere patientforeningen til næste møde');
  });

  it('names the owner and organisation in the description', () => {
    expect(events[1]?.description).toContain(
      'Ansvarlig: Anne Holm, Bo Madsen (Aalborg Universitetshospital, Aalborg Kommune)',
    );
    expect(events[1]?.description).toContain(
      'Dagsordenspunkt: 1. Udskrivelse af ældre medicinske patienter',
    );
    expect(events[4]?.description).toContain('Ansvarlig: Ingen ansvarlig');
  });

  it('has stable, unique UIDs and the named time as its only timestamp', () => {
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(events.length);
    expect(uids[0]).toBe('styregruppe-2026-11-x4@dialogrum');
    for (const e of events) expect(e.stamp.date.toISOString()).toBe('2026-11-25T12:00:00.000Z');
    expect(exportIcs(record, generatedAt)).toBe(text);
  });

  it('marks a dropped action as cancelled', () => {
    const dropped = {
      ...workshop,
      actions: workshop.actions.map((a) =>
        a.id === 'x1' ? { ...a, status: 'dropped' as const } : a,
      ),
    };
    const text = exportIcs(
      buildRecord(dropped, { language: 'da', today: '2026-11-25' }),
      generatedAt,
    );
    const events = convertIcsCalendar(undefined, text).events ?? [];
    expect(events.map((e) => [e.uid.split('-').at(-1), e.status ?? ''])).toEqual([
      ['x4@dialogrum', ''],
      ['x1@dialogrum', 'CANCELLED'],
      ['x2@dialogrum', ''],
      ['evaluation@dialogrum', ''],
      ['x5@dialogrum', ''],
    ]);
  });

  it('folds long lines at 75 octets with CRLF line ends (RFC 5545)', () => {
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(calendar.name).toBe(
      'Handlinger: Styregruppen for sammenhængende patientforløb, Nordjylland',
    );
  });
});
