import { describe, expect, it } from 'vitest';
import { parseProgramme } from './parseProgramme';
import { continuesTitle, joinWrapped } from './titleContinuation';

describe('wrapped titles', () => {
  it.each([
    // A word broken at a hyphen is whole again; a hyphen that belongs stays.
    ['Hvordan under-\nstøtter vi hinanden?', 'Hvordan understøtter vi hinanden?'],
    ['Forløb for KOL-\npatienter på tværs', 'Forløb for KOL-patienter på tværs'],
    ['Status for sundheds-\nog ældreområdet', 'Status for sundheds- og ældreområdet'],
    // A title ending on "mellem" goes on, even with names on the next line.
    [
      'Samarbejdet mellem\nAarhus Kommune og Region Midtjylland',
      'Samarbejdet mellem Aarhus Kommune og Region Midtjylland',
    ],
  ])('joins the wrapped title “%s”', (title, joined) => {
    const parsed = parseProgramme(`13.00–13.40 ${title}`);
    expect(parsed.items[0]!.title).toBe(joined);
    expect(parsed.items[0]!.details).toEqual([]);
  });

  it.each([
    ['Fremtidens sundhedsvæsen – hvordan sikrer vi', 'sammenhæng for borgeren?', true],
    ['Erfaringer fra udskrivelse mellem', 'Aarhus Kommune og hospitalet', true],
    ['Fremtidens sundhedsvæsen – hvordan sikrer vi', 'v. Anne Hansen', false],
    [
      'Fremtidens sundhedsvæsen – hvordan sikrer vi',
      'Direktør Anne Hansen, Region Midtjylland',
      false,
    ],
    ['Workshop om fælles medicinlister', 'A: udskrivelse af ældre medicinske patienter', false],
    ['Workshop om fælles medicinlister', 'Oplægget tager afsæt i erfaringer fra klyngen', false],
    ['Hvad kan vi lære af hinanden?', 'hjemmeplejens erfaringer', false],
  ])('“%s” goes on with “%s”: %s', (title, line, goesOn) => {
    expect(continuesTitle(title, line)).toBe(goesOn);
  });

  it('joins with one space', () => {
    expect(joinWrapped('Fremtidens sundhedsvæsen – hvordan sikrer vi', '   sammenhæng?')).toBe(
      'Fremtidens sundhedsvæsen – hvordan sikrer vi sammenhæng?',
    );
  });
});
