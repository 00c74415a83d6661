import { describe, expect, it } from 'vitest';
import { formatClock, parseProgramme } from './parseProgramme';

const row = (p: ReturnType<typeof parseProgramme>) =>
  p.items.map(
    (i) =>
      `${formatClock(i.start)}–${formatClock(i.end)} ${i.minutes} ${i.title} | ${i.presenter}${i.isBreak ? ' (pause)' : ''}`,
  );

describe('parseProgramme', () => {
  it('reads the programme of docs/method.md § The programme', () => {
    const parsed = parseProgramme(`Foreløbige tidsangivelser
9.00–9.10 Velkomst, v. Mickael
9.10–9.40 Oplæg: Ledelse på tværs, v. Kirsten Jørgensen
9.40–10.10 Oplæg: De fire dialogrum ved Anne Mejlholm
10.10–10.25 Pause
10.25–10.50 Oplæg v/ Region Nordjylland
10.50–11.30 Workshop
11.30–11.55 Opsamling og fælles refleksion
11.55–12.00 Afrunding`);
    expect(row(parsed)).toEqual([
      '9.00–9.10 10 Velkomst | Mickael',
      '9.10–9.40 30 Oplæg: Ledelse på tværs | Kirsten Jørgensen',
      '9.40–10.10 30 Oplæg: De fire dialogrum | Anne Mejlholm',
      '10.10–10.25 15 Pause |  (pause)',
      '10.25–10.50 25 Oplæg | Region Nordjylland',
      '10.50–11.30 40 Workshop | ',
      '11.30–11.55 25 Opsamling og fælles refleksion | ',
      '11.55–12.00 5 Afrunding | ',
    ]);
    expect(parsed.unread).toEqual([
      { line: 1, text: 'Foreløbige tidsangivelser', reason: 'no-time' },
    ]);
  });

  it.each([
    ['9.00 – 9.10 Velkomst, v. Mickael', '9.00–9.10 10 Velkomst | Mickael'],
    ['9.00-9.30 Velkomst', '9.00–9.30 30 Velkomst | '],
    ['kl. 13.00–13.40 Gruppearbejde', '13.00–13.40 40 Gruppearbejde | '],
    ['Kl 13:00 — kl 13:40: Gruppearbejde', '13.00–13.40 40 Gruppearbejde | '],
    ['9-10 Morgenmad', '9.00–10.00 60 Morgenmad | '],
    ['10:10-10:25 Pause', '10.10–10.25 15 Pause |  (pause)'],
    ['• 14.00 – 14.30 Frokost', '14.00–14.30 30 Frokost |  (pause)'],
    ['8.30 til 9.00 Ankomst og kaffe', '8.30–9.00 30 Ankomst og kaffe | '],
  ])('reads “%s”', (line, expected) => {
    const parsed = parseProgramme(line);
    expect(row(parsed)).toEqual([expected]);
    expect(parsed.unread).toEqual([]);
  });

  it('keeps the lines under an item as its details, presenters included', () => {
    const parsed = parseProgramme(`9.00–9.10
Velkomst
v. Mickael Hansen, formand
10.50–11.30 Workshops (parallelle sessioner)
  A: Udskrivelse af ældre medicinske patienter, lokale 1
  B: Fælles medicinlister, lokale 2
11.30–11.55 Opsamling`);
    expect(parsed.items[0]).toMatchObject({
      title: 'Velkomst',
      presenter: 'Mickael Hansen, formand',
      details: [],
    });
    expect(parsed.items[1]!.details).toEqual([
      'A: Udskrivelse af ældre medicinske patienter, lokale 1',
      'B: Fælles medicinlister, lokale 2',
    ]);
    expect(parsed.items[2]!.title).toBe('Opsamling');
  });

  it('ends a lone start time at the next item, and reports what it cannot read', () => {
    const parsed = parseProgramme(`9.00 Velkomst
9.15 Oplæg
10.30-10.15 Baglæns
25.00-26.00 Umuligt
12.00 Slut`);
    expect(row(parsed)).toEqual(['9.00–9.15 15 Velkomst | ', '9.15–12.00 165 Oplæg | ']);
    expect(parsed.unread.map((u) => [u.line, u.reason])).toEqual([
      [3, 'bad-time'],
      [4, 'bad-time'],
      [5, 'no-end'],
    ]);
  });

  it('does not take a count for a time', () => {
    const parsed = parseProgramme('9.00-9.30 Velkomst\n3 workshops kører samtidig');
    expect(parsed.items[0]!.details).toEqual(['3 workshops kører samtidig']);
  });
});
