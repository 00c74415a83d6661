import { describe, expect, it } from 'vitest';
import { exportCsv } from '../exporters/exportCsv';
import { exportMarkdown } from '../exporters/exportMarkdown';
import { buildRecord } from '../exporters/record';
import { run, runningWorkshop } from '../testing/fixture';
import { nextMeeting } from './nextMeeting';

function ids() {
  let n = 0;
  return () => `s${++n}`;
}

/** Meeting 2 of a series: a1 followed up (in progress, with a note), a2 not yet. */
function secondMeeting() {
  const first = run(runningWorkshop(), [
    { type: 'workshop.update', date: '2026-11-19' },
    { type: 'action.add', action: { id: 'a1', what: 'Skriv tjeklisten', ownerIds: ['p1'] } },
    { type: 'action.add', action: { id: 'a2', what: 'Ring til kommunen', ownerIds: ['p2'] } },
  ]);
  return run(nextMeeting(first, { language: 'da', newId: ids() }), [
    { type: 'workshop.update', date: '2026-12-10' },
    { type: 'action.followUp', id: 'a1', status: 'in-progress', note: 'Udkast sendt' },
  ]);
}

describe('an action’s history in the exports', () => {
  it('is a "Forløb" column of the CSV list, status per meeting with its note', () => {
    const record = buildRecord(secondMeeting(), { language: 'da', today: '2026-12-10' });
    const lines = exportCsv(record).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]!.split(';').at(-1)).toBe('Forløb');
    const a1 = lines.find((l) => l.startsWith('Skriv tjeklisten'))!;
    expect(a1.split(';').at(-1)).toBe('Møde 1: Åben · Møde 2: I gang (Udkast sendt)');
    const a2 = lines.find((l) => l.startsWith('Ring til kommunen'))!;
    expect(a2.split(';').at(-1)).toBe('Møde 1: Åben');
  });

  it('is in the minutes under the follow-up point, in English too', () => {
    const record = buildRecord(secondMeeting(), { language: 'en', today: '2026-12-10' });
    const md = exportMarkdown(record);
    expect(md).toContain('Progress');
    expect(md).toContain('Meeting 1: Open · Meeting 2: In progress (Udkast sendt)');
  });

  it('adds no column to a meeting outside a series', () => {
    const record = buildRecord(runningWorkshop(), { language: 'da', today: '2026-12-10' });
    expect(exportCsv(record)).not.toContain('Forløb');
  });
});
