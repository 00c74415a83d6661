import { describe, expect, it } from 'vitest';
import { findDate } from './invitationDate';
import { readHeader, type PreambleLine } from './invitationHeader';
import { parseProgramme } from './parseProgramme';

/** The lines above a programme, numbered from 1, an empty line marking a gap. */
function preamble(text: string): PreambleLine[] {
  const lines: PreambleLine[] = [];
  let afterBlank = false;
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) {
      afterBlank = true;
      return;
    }
    lines.push({ line: i + 1, raw, afterBlank });
    afterBlank = false;
  });
  return lines;
}

const header = (text: string) => readHeader(preamble(text)).header;

describe('findDate', () => {
  it.each([
    ['Torsdag den 16. april 2015', '2015-04-16'],
    ['torsdag d. 16. april 2015 kl. 9.00–12.00', '2015-04-16'],
    ['16. apr. 2015', '2015-04-16'],
    ['16 april 2015', '2015-04-16'],
    ['16.04.2015', '2015-04-16'],
    ['16.4.2015', '2015-04-16'],
    ['16/4-2015', '2015-04-16'],
    ['16-04-2015', '2015-04-16'],
    ['16.04.15', '2015-04-16'],
    ['2015-04-16', '2015-04-16'],
    ['Thursday, April 16, 2015', '2015-04-16'],
    ['DSKS, Nyborg Strand, 9. januar 2025', '2025-01-09'],
    ['Mandag den 29. februar 2016', '2016-02-29'],
  ])('reads “%s” as %s', (text, value) => {
    expect(findDate(text)?.value).toBe(value);
  });

  it.each([
    '31.04.2015',
    '29. februar 2015',
    'Torsdag den 16. april',
    'kl. 9.00-12.00',
    '10.10-10.25 Pause',
    'Fra Sundhedsaftale 2015-2018:',
  ])('finds no date in “%s”', (text) => {
    expect(findDate(text)).toBeNull();
  });
});

describe('readHeader', () => {
  it('reads title, date and place, and says which lines it used', () => {
    const read = readHeader(
      preamble(`Invitation til temadag om sammenhængende forløb
Torsdag den 16. april 2015
Sted: Aarhus Rådhus, lokale 1

Program`),
    );
    expect(read.header).toEqual({
      title: { text: 'Temadag om sammenhængende forløb', line: 1 },
      date: { value: '2015-04-16', text: 'Torsdag den 16. april 2015', line: 2 },
      place: { text: 'Aarhus Rådhus, lokale 1', line: 3 },
    });
    expect(read.used).toEqual([1, 2, 3]);
  });

  it('joins a title that wraps, not one that a blank line ends', () => {
    expect(
      header(`Temadag om sammenhængende forløb for
borgere med kroniske sygdomme
16.04.2015`).title?.text,
    ).toBe('Temadag om sammenhængende forløb for borgere med kroniske sygdomme');
    expect(
      header(`Temadag om sammenhængende forløb

borgere med kroniske sygdomme er målgruppen`).title?.text,
    ).toBe('Temadag om sammenhængende forløb');
  });

  it('takes the place from a date line: after a comma, after "på", or labelled "Tid og sted"', () => {
    expect(
      header('Tid og sted: Torsdag den 16. april 2015 kl. 9.00–12.00, Aarhus Rådhus'),
    ).toMatchObject({
      date: { value: '2015-04-16' },
      place: { text: 'Aarhus Rådhus' },
    });
    expect(header('Onsdag den 3. juni 2026 på Regionshuset Viborg').place?.text).toBe(
      'Regionshuset Viborg',
    );
    expect(header('Tid og sted: kl. 13.00-16.00, Regionshuset Viborg, mødelokale 2')).toMatchObject(
      {
        date: null,
        place: { text: 'Regionshuset Viborg, mødelokale 2' },
      },
    );
    // What stands before the date without a comma is the title.
    expect(header('Dialogmøde om fælles medicinlister den 16. april 2015')).toMatchObject({
      title: { text: 'Dialogmøde om fælles medicinlister' },
      date: { value: '2015-04-16' },
      place: null,
    });
  });

  it('leaves out headings, greetings, deadlines, prose and people', () => {
    const read = readHeader(
      preamble(`Program (foreløbige tidsangivelser)
Kære alle
Tilmelding senest den 1. april 2015 til sekretariatet
Målgruppe: ledere i kommuner, hospitaler og almen praksis
Mickael Grøne Bech, professor i sundhedsledelse og politik, SDU
Med sundhedsreformen følger en omfordeling af opgaver. Derfor mødes vi i klyngen.
Kræver nye opgaver ny organisering?`),
    );
    expect(read.header).toEqual({
      title: { text: 'Kræver nye opgaver ny organisering?', line: 7 },
      date: null,
      place: null,
    });
    expect(read.used).toEqual([7]);
  });

  it('takes the first title, date and place only, and a labelled title', () => {
    expect(
      header(`Titel: Dialogforum for den ældre medicinske patient
Dato: 26.05.2016
Sted: Aarhus Universitetshospital, Palle Juul-Jensens Boulevard 99
Sted: lokale 2
Dato: 27.05.2016`),
    ).toEqual({
      title: { text: 'Dialogforum for den ældre medicinske patient', line: 1 },
      date: { value: '2016-05-26', text: 'Dato: 26.05.2016', line: 2 },
      place: { text: 'Aarhus Universitetshospital, Palle Juul-Jensens Boulevard 99', line: 3 },
    });
  });
});

describe('parseProgramme’s header', () => {
  it('reads a date line above the programme as a date, not as a time slot', () => {
    const parsed = parseProgramme('16-04-2015\n9.00–9.10 Velkomst');
    expect(parsed.header.date?.value).toBe('2015-04-16');
    expect(parsed.unread).toEqual([]);
    expect(parsed.items).toHaveLength(1);
  });

  it('finds nothing in a programme without a head, and reads no header below the first item', () => {
    const parsed = parseProgramme(
      '9.00–9.10 Velkomst\nSted: Store Sal\nTorsdag den 16. april 2015',
    );
    expect(parsed.header).toEqual({ title: null, date: null, place: null });
    expect(parsed.items[0]!.details).toEqual(['Sted: Store Sal', 'Torsdag den 16. april 2015']);
  });
});
