import { describe, expect, it } from 'vitest';
import { IDEA_KILLERS } from './catalogue';
import { compileCatalogue, findIdeaKiller } from './matcher';

const killerOf = (text: string) => findIdeaKiller(text)?.killerId ?? null;

describe('idea-killer matcher', () => {
  it('recognises each catalogue phrase as written, in Danish and in English', () => {
    for (const k of IDEA_KILLERS) {
      expect(killerOf(k.da), k.da).toBe(k.id);
      expect(killerOf(k.en), k.en).toBe(k.id);
    }
  });

  it.each([
    ['Det har vi jo prøvet før', 1],
    ['det har vi altså prøvet', 1],
    ['Vi har prøvet det i 2019', 1],
    ['We tried that already', 1],
    ["We've tried this before, honestly", 1],
    ['That has been tried', 1],
    ['Det vil jo give mere arbejde', 2],
    ['That means more work for the nurses', 2],
    ['Du forstår vist ikke helt problemet', 3],
    ["You just don't understand", 3],
    ['Det har vi simpelthen ikke tid til', 4],
    ["We don't have time for this", 4],
    ['Det fungerer bare ikke i praksis', 5],
    ["It won't work in practice", 5],
    ['Det kan altså ikke lade sig gøre', 6],
    ['Det er umuligt', 6],
    ["That can't be done", 6],
    ['Hvis idéen var så god, havde andre fundet på det', 7],
    ['Someone would have thought of that before you', 7],
  ])('catches “%s” as killer %i', (text, id) => {
    expect(killerOf(text)).toBe(id);
  });

  it.each([
    'Vi kunne prøve et nyt tilbud til borgerne',
    'Lad os afprøve det på én afdeling',
    'Mere tid til patienterne ved udskrivelse',
    'Det kan sagtens lade sig gøre med en fælles tjekliste',
    'I understand the problem now',
    'We should try that next month',
    'It works in practice in Aarhus',
    'Fælles praksis for opfølgning',
    'There is time for a pilot',
    '',
  ])('leaves the ordinary idea “%s” alone', (text) => {
    expect(findIdeaKiller(text)).toBeNull();
  });

  it('says where the phrase stands, so the console can mark it', () => {
    const text = 'Tja. Det har vi jo prøvet før!';
    const match = findIdeaKiller(text);
    expect(match).not.toBeNull();
    expect(text.slice(match!.start, match!.end)).toBe('Det har vi jo prøvet');
  });

  it('matches a facilitator’s own phrases', () => {
    const own = compileCatalogue([
      {
        id: 8,
        da: 'Det er for dyrt',
        en: 'Too expensive',
        signatures: ['for dyrt', 'too expensive'],
      },
    ]);
    expect(findIdeaKiller('Ærligt talt er det alt for dyrt', own)?.killerId).toBe(8);
    expect(findIdeaKiller('Billigt og godt', own)).toBeNull();
  });
});
