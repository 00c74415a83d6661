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

// Invitations as they arrive by mail: the programme copied out of Word or a PDF, titles that
// wrap, the presenter on the line below in each of the ways Danish invitations write it.
const TEMADAG = `Invitation til temadag om sammenhængende forløb
Torsdag den 16. april 2015
Sted: Aarhus Rådhus, lokale 1

Program

9.30–10.00\tAnkomst og kaffe
10.00–10.15\tVelkomst
Direktør Anne Hansen, Region Midtjylland
10.15–10.45  Fremtidens sundhedsvæsen – hvordan sikrer vi
               sammenhæng for borgeren?
               v/ overlæge Jens Møller, Aarhus Universitetshospital
10.45–11.00 Pause
11.00–11.45 Erfaringer fra udskrivelsesforløb for ældre medicinske patienter mellem
Aarhus Kommune og hospitalet
Oplæg ved sundhedschef Mette Kjær, Sundhed og Omsorg, Aarhus Kommune
11.45–12.30 Frokost
12.30–13.30 Gruppedrøftelser: Hvad kan vi gøre anderledes i morgen?
Ved bordene drøfter vi erfaringerne fra formiddagen, og hver gruppe vælger én prøvehandling.
13.30–14.00 Opsamling og afrunding
Anne Hansen, Peter Holm og Lise Berg`;

describe('parseProgramme on invitations', () => {
  it('joins wrapped titles and takes the line below as the presenter, organisation and all', () => {
    const parsed = parseProgramme(TEMADAG);
    expect(row(parsed)).toEqual([
      '9.30–10.00 30 Ankomst og kaffe | ',
      '10.00–10.15 15 Velkomst | Direktør Anne Hansen, Region Midtjylland',
      '10.15–10.45 30 Fremtidens sundhedsvæsen – hvordan sikrer vi sammenhæng for borgeren? | Overlæge Jens Møller, Aarhus Universitetshospital',
      '10.45–11.00 15 Pause |  (pause)',
      '11.00–11.45 45 Erfaringer fra udskrivelsesforløb for ældre medicinske patienter mellem Aarhus Kommune og hospitalet | Sundhedschef Mette Kjær, Sundhed og Omsorg, Aarhus Kommune',
      '11.45–12.30 45 Frokost |  (pause)',
      '12.30–13.30 60 Gruppedrøftelser: Hvad kan vi gøre anderledes i morgen? | ',
      '13.30–14.00 30 Opsamling og afrunding | Anne Hansen, Peter Holm og Lise Berg',
    ]);
    // A description that starts with "Ved" is no presenter, and stays the item's detail.
    expect(parsed.items[6]!.details).toEqual([
      'Ved bordene drøfter vi erfaringerne fra formiddagen, og hver gruppe vælger én prøvehandling.',
    ]);
    // The heading "Program" is not the meeting's title: it is reported, not used.
    expect(parsed.unread).toEqual([{ line: 5, text: 'Program', reason: 'no-time' }]);
    expect(parsed.header).toEqual({
      title: { text: 'Temadag om sammenhængende forløb', line: 1 },
      date: { value: '2015-04-16', text: 'Torsdag den 16. april 2015', line: 2 },
      place: { text: 'Aarhus Rådhus, lokale 1', line: 3 },
    });
  });

  it('reads "kl." and colons, a name list below a two-line title, and parallel sessions as details', () => {
    const parsed = parseProgramme(`Sundhedsklyngen Aarhus – dialogmøde om fælles medicinlister
Dato: 2015-04-16
Tid og sted: kl. 13.00-16.00, Regionshuset Viborg, mødelokale 2
kl. 13:00–13:15  Velkommen, v. Anne Hansen
kl. 13:15–14:00  Fælles medicinkort i hverdagen: hvad virker for hjemmeplejen og
                 de praktiserende læger?
                 Anne Hansen og Peter Holm
kl. 14:00–14:15  Kaffepause
kl. 14:15–15:30  Workshop i tre grupper
                 A: Udskrivelse af ældre medicinske patienter, lokale 1
                 B: Fælles medicinlister, lokale 2
kl. 15:30–16:00  Opsamling ved bordene`);
    expect(row(parsed)).toEqual([
      '13.00–13.15 15 Velkommen | Anne Hansen',
      '13.15–14.00 45 Fælles medicinkort i hverdagen: hvad virker for hjemmeplejen og de praktiserende læger? | Anne Hansen og Peter Holm',
      '14.00–14.15 15 Kaffepause |  (pause)',
      '14.15–15.30 75 Workshop i tre grupper | ',
      // "ved bordene" is where, not who.
      '15.30–16.00 30 Opsamling ved bordene | ',
    ]);
    expect(parsed.items[3]!.details).toEqual([
      'A: Udskrivelse af ældre medicinske patienter, lokale 1',
      'B: Fælles medicinlister, lokale 2',
    ]);
    expect(parsed.unread).toEqual([]);
    expect(parsed.header.date?.value).toBe('2015-04-16');
    expect(parsed.header.place?.text).toBe('Regionshuset Viborg, mødelokale 2');
  });

  it('reads a table copied from Word: time cells, title cell, presenter cell', () => {
    const parsed = parseProgramme(
      [
        'DSKS, Nyborg Strand, 9. januar 2025',
        'Ledelse i og af økosystemer',
        '09.00\t09.10\tVelkomst\tMickael Grøne Bech, professor i sundhedsledelse og politik, SDU',
        '09.10\t09.40\tLedelse i økosystemer – udfordringer, forudsætninger og cowboy tricks\tChefkonsulent Jakob Høj Jørgensen, Delendorff Advisory',
        '09.40\t-\t10.10\tTværsektoriel sundhedsledelse – hvorfor og hvordan\tFhv. kontorchef Per Bo Nørgaard Andersen',
        '10.10\t-\t10.25\tPause',
        '10.25\t-\t10.50\tLedelse i sundhedsvæsenets økosystem\tErfaringer fra praksis',
      ].join('\n'),
    );
    expect(row(parsed)).toEqual([
      '9.00–9.10 10 Velkomst | Mickael Grøne Bech, professor i sundhedsledelse og politik, SDU',
      '9.10–9.40 30 Ledelse i økosystemer – udfordringer, forudsætninger og cowboy tricks | Chefkonsulent Jakob Høj Jørgensen, Delendorff Advisory',
      '9.40–10.10 30 Tværsektoriel sundhedsledelse – hvorfor og hvordan | Fhv. kontorchef Per Bo Nørgaard Andersen',
      '10.10–10.25 15 Pause |  (pause)',
      '10.25–10.50 25 Ledelse i sundhedsvæsenets økosystem | ',
    ]);
    // A cell that names no one is kept as a detail, not made a presenter.
    expect(parsed.items[4]!.details).toEqual(['Erfaringer fra praksis']);
    expect(parsed.header.date?.value).toBe('2025-01-09');
    expect(parsed.header.place?.text).toBe('DSKS, Nyborg Strand');
    expect(parsed.header.title?.text).toBe('Ledelse i og af økosystemer');
  });

  it('takes a presenter column set with spaces, and wide spaces in a title as one', () => {
    const parsed =
      parseProgramme(`9.00–9.15   Velkomst        Direktør Anne Hansen, Region Midtjylland
9.15–9.45   Fremtidens   sundhedsvæsen   for borgeren`);
    expect(row(parsed)).toEqual([
      '9.00–9.15 15 Velkomst | Direktør Anne Hansen, Region Midtjylland',
      '9.15–9.45 30 Fremtidens sundhedsvæsen for borgeren | ',
    ]);
  });

  it.each([
    ['v. Mickael Hansen, formand', 'Mickael Hansen, formand'],
    [
      'v/ overlæge Jens Møller, Aarhus Universitetshospital',
      'Overlæge Jens Møller, Aarhus Universitetshospital',
    ],
    ['ved Anne Mejlholm', 'Anne Mejlholm'],
    [
      'Oplæg ved sundhedschef Mette Kjær, Sundhed og Omsorg, Aarhus Kommune',
      'Sundhedschef Mette Kjær, Sundhed og Omsorg, Aarhus Kommune',
    ],
    ['Oplægsholder: Centerchef Lisbeth Kallestrup', 'Centerchef Lisbeth Kallestrup'],
  ])('takes “%s” below a title as the presenter, without its cue', (line, presenter) => {
    const parsed = parseProgramme(`9.10–9.40 Organisering af Aarhus-klyngen\n${line}`);
    expect(parsed.items[0]).toMatchObject({ title: 'Organisering af Aarhus-klyngen', presenter });
  });

  it.each([
    'Direktør Anne Hansen, Region Midtjylland',
    'Lægefaglig direktør Claus Thomsen, Aarhus Universitetshospital',
    'Sundhedschef Annemarie Zacho-Broe, Sundhed og Omsorg, Aarhus Kommune',
    'Anne Hansen og Peter Holm',
    'Anne Hansen, Peter Holm og Lise Berg',
    'Claus Thomsen, lægefaglig direktør, Aarhus Universitetshospital',
  ])('takes “%s” below a title as the presenter, organisation and all', (line) => {
    const parsed = parseProgramme(`9.10–9.40 Organisering af Aarhus-klyngen\n${line}`);
    expect(parsed.items[0]).toMatchObject({ presenter: line, details: [] });
  });

  it.each([
    'Ved bordene drøfter vi erfaringerne fra formiddagen.',
    'Erfaringer fra Region Midtjylland og Aarhus Kommune',
    'Anne Hansen fortæller om erfaringer, udfordringer og gode råd',
    'Store Sal, Aarhus Rådhus',
    'Drøftelse i grupper, opsamling i plenum',
    'Fælles medicinlister',
  ])('keeps “%s” as a detail, not a presenter', (line) => {
    const parsed = parseProgramme(`10.50–11.30 Status på sundhedsaftalen.\n${line}`);
    expect(parsed.items[0]).toMatchObject({
      title: 'Status på sundhedsaftalen.',
      presenter: '',
      details: [line],
    });
  });

  it('does not join across an empty line, a list item, or after a finished question', () => {
    const parsed = parseProgramme(`9.00–9.30 Velkomst og introduktion til dagens
program

9.30–10.00 Hvad kan vi lære af hinanden?
hjemmeplejens erfaringer
10.00–10.30 Workshop om medicin
- a) udskrivelse af ældre`);
    expect(parsed.items.map((i) => [i.title, i.details])).toEqual([
      ['Velkomst og introduktion til dagens program', []],
      ['Hvad kan vi lære af hinanden?', ['hjemmeplejens erfaringer']],
      ['Workshop om medicin', ['a) udskrivelse af ældre']],
    ]);
    const apart = parseProgramme('9.00–9.30 Oplæg om samarbejde mellem\n\nsektorerne i klyngen');
    expect(apart.items[0]!.title).toBe('Oplæg om samarbejde mellem');
    expect(apart.items[0]!.details).toEqual(['sektorerne i klyngen']);
  });

  it('takes the presenter from the next line after "Oplæg ved", and an organisation on the line after', () => {
    const parsed = parseProgramme(`10.25–10.50 Oplæg ved
overlæge Jens Møller,
Aarhus Universitetshospital
10.50–11.30 Gruppearbejde ved bordene, v. Anne Hansen`);
    expect(row(parsed)).toEqual([
      '10.25–10.50 25 Oplæg | Overlæge Jens Møller, Aarhus Universitetshospital',
      '10.50–11.30 40 Gruppearbejde ved bordene | Anne Hansen',
    ]);
  });

  it('keeps a dash before a name as the presenter, and a dash in a title as the title', () => {
    const parsed = parseProgramme(`9.00–9.10 Velkomst – Direktør Anne Hansen, Region Midtjylland
9.10–9.40 Tværsektoriel sundhedsledelse – hvorfor og hvordan`);
    expect(row(parsed)).toEqual([
      '9.00–9.10 10 Velkomst | Direktør Anne Hansen, Region Midtjylland',
      '9.10–9.40 30 Tværsektoriel sundhedsledelse – hvorfor og hvordan | ',
    ]);
  });
});
