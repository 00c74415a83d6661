import { describe, expect, it } from 'vitest';
import { newAgendaPoint, type Workshop } from '../model/workshop';
import { storedFixtureWorkshop } from '../../test/fixtures/exports/storedFixture';
import { longDate, shortDate, clockText } from '../i18n/recordDates';
import { buildRecord } from './record';

const workshop = storedFixtureWorkshop();
const da = buildRecord(workshop, { language: 'da', today: '2026-11-25' });
// Everything in: authors and who said an idea killer (shared/exporters/minutesOptions.test.ts has the rest).
const everything = buildRecord(workshop, {
  language: 'da',
  today: '2026-11-25',
  minutesOptions: { killers: 'named', authors: true },
}).minutes;

describe('the who-does-what-when rows', () => {
  it('are sorted by due date, then "next meeting", then those without a date', () => {
    expect(da.actions.map((r) => r.id)).toEqual(['x4', 'x1', 'x2', 'x5', 'x3', 'x6']);
  });

  it('name the owners and their organisations, each organisation once', () => {
    const x3 = da.actions.find((r) => r.id === 'x3');
    // Bo Madsen is from Aalborg Kommune, and the action names Aalborg Kommune too.
    expect(x3?.who).toBe('Bo Madsen');
    expect(x3?.organisations).toEqual(['Aalborg Kommune']);
    expect(da.actions.find((r) => r.id === 'x1')?.organisations).toEqual([
      'Aalborg Universitetshospital',
      'Aalborg Kommune',
    ]);
  });

  it('say what an action lacks: owner, date, or a date gone by', () => {
    const notes = Object.fromEntries(da.actions.map((r) => [r.id, r.notes]));
    expect(notes).toEqual({
      x4: 'Fristen er overskredet',
      x1: '',
      x2: '',
      x5: 'Ingen ansvarlig',
      x3: '',
      x6: 'Ingen frist',
    });
  });

  it('carry the trial action with its evaluation date', () => {
    const x2 = da.actions.find((r) => r.id === 'x2');
    expect(x2).toMatchObject({
      trial: true,
      evaluationDate: '2027-02-01',
      evaluationText: '01-02-2027',
    });
  });
});

describe('per organisation', () => {
  it('gives each organisation its own actions, in the order of the participant list', () => {
    const groups = da.organisations.map((g) => [g.organisation, g.actions.map((a) => a.id)]);
    expect(groups).toEqual([
      ['Aalborg Universitetshospital', ['x1', 'x2']],
      ['Aalborg Kommune', ['x1', 'x3']],
      ['Lægehuset Vestergade', ['x4']],
      ['Region Nordjylland', ['x4', 'x6']],
      // Nobody owns x5: it is not lost, it is listed on its own.
      ['Uden organisation', ['x5']],
    ]);
  });
});

describe('the minutes', () => {
  const m = da.minutes;

  it('have the meeting facts, the participants with AFBUD, the chair and the secretary', () => {
    expect(m.dateText).toBe('19. november 2026');
    expect(m.timeText).toBe('kl. 9.00–10.45');
    expect(m.participants.filter((p) => !p.present).map((p) => p.name)).toEqual(['Fatima Ali']);
    expect([m.chair, m.secretary]).toEqual(['Mette Sørensen', 'Jonas Holm']);
  });

  it('number the points "Ad 1 …" with their presenter, conclusions and own actions', () => {
    expect(m.points.map((p) => p.heading)).toEqual([
      'Ad 1. Udskrivelse af ældre medicinske patienter',
      'Ad 2. Medicin i overgangen til eget hjem',
      'Ad 3. Fælles opfølgningsopkald efter udskrivelse',
    ]);
    expect(m.points[0]?.presenter).toBe('Anne Holm');
    expect(m.points[1]?.conclusions).toEqual([
      'Kommunerne undersøger adgang til FMK for hjemmeplejen.',
    ]);
    expect(m.points.map((p) => p.actions.map((a) => a.id))).toEqual([
      ['x1', 'x2'],
      ['x4', 'x3'],
      ['x5', 'x6'],
    ]);
  });

  it("list ideas most dots first, a cluster counting its own and its ideas' dots", () => {
    const ideas = m.points[0]?.ideas ?? [];
    expect(ideas.map((i) => [i.text, i.dots])).toEqual([
      ['Den gode udskrivelsessamtale', 4],
      ['Videoopkald mellem afsnit, hjemmepleje og borger', 2],
      ['Udskrivelse før kl. 14, så hjemmeplejen kan nå det', 1],
    ]);
    expect(everything.points[0]?.ideas[0]?.members.map((i) => [i.text, i.dots, i.author])).toEqual([
      ['Fælles tjekliste til udskrivelsessamtalen', 1, 'Anne Holm'],
      ['Egen læge får epikrisen samme dag', 0, 'Carla Jensen'],
    ]);
  });

  it('keep disagreements as such, with who holds them', () => {
    expect(m.points[1]?.disagreements).toEqual([
      {
        kind: 'disagreement',
        text: 'Dosering på apoteket er for dyrt for kommunen.',
        heldBy: 'Erik Poulsen',
      },
    ]);
    expect(m.points[1]?.agreements.map((p) => p.heldBy)).toEqual(['']);
  });

  it('tally the idea killers by killer, person (when named) and room', () => {
    const k = everything.killers;
    expect(k?.total).toBe(3);
    expect(k?.byKiller.map((l) => l.label)).toEqual([
      '1. Det har vi prøvet',
      '2. Det vil betyde mere arbejde',
      '4. Det har vi ikke tid til',
    ]);
    expect(k?.byPerson.map((l) => l.label)).toEqual(['Erik Poulsen', 'Bo Madsen', 'Uden navn']);
    expect(k?.byRoom).toEqual([{ label: 'Det udviklende rum', count: 3 }]);
  });

  it('set planned against used minutes per point', () => {
    expect(m.points.map((p) => [p.plannedMinutes, p.usedMinutes, p.plannedTimeText])).toEqual([
      [40, 45, 'kl. 9.00–9.40'],
      [35, 30, 'kl. 9.40–10.15'],
      [30, 35, 'kl. 10.15–10.45'],
    ]);
    expect([m.plannedTotal, m.usedTotal]).toEqual([105, 110]);
  });

  it('leave breaks out of the "Ad" numbering but keep their time in the programme', () => {
    const coffee = newAgendaPoint({
      id: 'b1',
      title: 'Kaffe',
      purpose: 'orientation',
      plannedMinutes: 15,
      presenter: '',
      kind: 'break',
    });
    const withBreak: Workshop = {
      ...workshop,
      agenda: [workshop.agenda[0]!, coffee, ...workshop.agenda.slice(1)],
    };
    const r = buildRecord(withBreak, { language: 'da', today: '2026-11-25' });
    expect(r.minutes.points.map((p) => p.heading.slice(0, 5))).toEqual(['Ad 1.', 'Ad 2.', 'Ad 3.']);
    expect(r.minutes.points[1]?.plannedTimeText).toBe('kl. 9.55–10.30');
    expect(r.actions.find((a) => a.id === 'x3')?.pointText).toBe(
      '2. Medicin i overgangen til eget hjem',
    );
  });

  it('are written in English when asked', () => {
    const en = buildRecord(workshop, { language: 'en', today: '2026-11-25' });
    expect(en.minutes.dateText).toBe('19 November 2026');
    expect(en.minutes.timeText).toBe('9:00–10:45');
    expect(en.minutes.points[0]?.heading).toBe('Item 1. Udskrivelse af ældre medicinske patienter');
    expect(en.actions[0]?.notes).toBe('Past its date');
  });
});

describe('dates and times', () => {
  it('are Danish by default', () => {
    expect(longDate('2026-11-25', 'da')).toBe('25. november 2026');
    expect(shortDate('2026-11-25', 'da')).toBe('25-11-2026');
    expect(clockText(9 * 60, 'da')).toBe('kl. 9.00');
    expect(clockText(13 * 60 + 5, 'da', 14 * 60)).toBe('kl. 13.05–14.00');
    expect(longDate('', 'da')).toBe('');
  });
});
