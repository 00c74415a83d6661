import { describe, expect, it } from 'vitest';
import { emptyWorkshop } from '../model/workshop';
import { reduce } from '../reducer';
import { guessPurpose, programmeToImport } from './importProgramme';
import { parseProgramme } from './parseProgramme';
import { parseTimeOfDay, schedule } from './schedule';

const counter = () => {
  let n = 0;
  return () => `a${++n}`;
};

const DOMAIN_EXAMPLE = `Foreløbige tidsangivelser
9.00–9.10 Velkomst, v. Mickael
9.10–9.40 Oplæg: Ledelse på tværs, v. Kirsten Jørgensen
9.40–10.10 Oplæg: De fire dialogrum ved Anne Mejlholm
10.10–10.25 Pause
10.25–10.50 Oplæg v/ Region Nordjylland
10.50–11.30 Workshop
  A: Udskrivelse af ældre medicinske patienter
  B: Fælles medicinlister
11.30–11.55 Opsamling og fælles refleksion
11.55–12.00 Afrunding`;

describe('programmeToImport', () => {
  it('turns the programme of docs/method.md § The programme into an agenda that keeps its clock times', () => {
    const { items } = parseProgramme(DOMAIN_EXAMPLE);
    const { command, warnings } = programmeToImport(items, counter());
    expect(warnings).toEqual([]);
    const w = reduce(emptyWorkshop('w'), command!, { now: 1 }).state;
    expect(w.startTime).toBe('09:00');
    expect(w.agenda.map((p) => [p.title, p.presenter, p.kind, p.purpose])).toEqual([
      ['Velkomst', 'Mickael', 'item', 'orientation'],
      ['Oplæg: Ledelse på tværs', 'Kirsten Jørgensen', 'item', 'orientation'],
      ['Oplæg: De fire dialogrum', 'Anne Mejlholm', 'item', 'orientation'],
      ['Pause', '', 'break', 'orientation'],
      ['Oplæg', 'Region Nordjylland', 'item', 'orientation'],
      ['Workshop', '', 'item', 'development'],
      ['Opsamling og fælles refleksion', '', 'item', 'orientation'],
      ['Afrunding', '', 'item', 'orientation'],
    ]);
    expect(w.agenda[5]!.description).toBe(
      'A: Udskrivelse af ældre medicinske patienter\nB: Fælles medicinlister',
    );
    // Planned times on the clock are the programme's own.
    const planned = schedule(w.startTime, w.agenda, 0, 0).points.map((p) => [
      p.plannedStart,
      p.plannedEnd,
    ]);
    expect(planned).toEqual(items.map((i) => [i.start, i.end]));
  });

  it('reports gaps and overlaps, and makes a gap a break when given a title for it', () => {
    const { items } = parseProgramme(`9.00-9.30 Oplæg
9.45-10.15 Drøftelse i grupper
10.00-10.30 Parallelt spor`);
    const plain = programmeToImport(items, counter());
    expect(plain.warnings).toEqual([
      { line: 2, kind: 'gap', minutes: 15 },
      { line: 3, kind: 'overlap', minutes: 15 },
    ]);
    expect(plain.command!.points).toHaveLength(3);
    const filled = programmeToImport(items, counter(), { gapTitle: 'Pause' });
    expect(filled.command!.points.map((p) => [p.title, p.plannedMinutes, p.kind])).toEqual([
      ['Oplæg', 30, 'item'],
      ['Pause', 15, 'break'],
      ['Drøftelse i grupper', 30, 'item'],
      ['Parallelt spor', 30, 'item'],
    ]);
  });

  it('names an item without a title by its time slot, and has nothing to import from nothing', () => {
    const { command } = programmeToImport(parseProgramme('13.00-13.40').items, counter());
    expect(command!.points[0]!.title).toBe('13.00–13.40');
    expect(command!.startTime).toBe('13:00');
    expect(parseTimeOfDay(command!.startTime!)).toBe(13 * 60);
    expect(programmeToImport([], counter()).command).toBeNull();
  });

  it.each([
    ['Workshop om udskrivelse', 'development'],
    ['Drøftelse', 'development'],
    ['Beslutning om næste skridt', 'decision'],
    ['Godkendelse af dagsorden', 'decision'],
    ['Oplæg om data', 'orientation'],
    ['Velkomst', 'orientation'],
  ])('guesses “%s” is %s', (title, purpose) => {
    expect(guessPurpose(title)).toBe(purpose);
  });
});

describe('programmeToImport with long presenters', () => {
  it('keeps whole people in the presenter field and the full line first in the description', () => {
    const presenters = [
      'Lægefaglig direktør Claus Thomsen, Aarhus Universitetshospital',
      'Direktør Hosea Dutschke, Sundhed og Omsorg, Aarhus Kommune',
    ];
    const { items } = parseProgramme(
      `9.10–9.40 Organisering af Aarhus-klyngen\n${presenters.join('\n')}\nHvad er vi optaget af for tiden?`,
    );
    const full = presenters.join('; ');
    expect(items[0]!.presenter).toBe(full);
    const { command } = programmeToImport(items, counter());
    const w = reduce(emptyWorkshop('w'), command!, { now: 1 }).state;
    expect(w.agenda[0]!.presenter).toBe(presenters[0]);
    expect(w.agenda[0]!.description).toBe(`${full}\nHvad er vi optaget af for tiden?`);
  });
});
