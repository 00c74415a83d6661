import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../languages';
import { EVALUATION_STRINGS } from './evaluationStrings';
import { EXPORT_STRINGS } from './exportStrings';
import { MENU_STRINGS } from './menuStrings';
import { NEW_WORKSHOP_STRINGS } from './newWorkshopStrings';
import { OPEN_NOTICE_STRINGS } from './openNoticeStrings';

/**
 * The host's strings (the record, the evaluation in the record, the menus, the notices on opening
 * a document, the words it writes into a new workshop) in both languages. The
 * types already fail on a missing key; this catches what they let through: an empty string, a
 * plural that says nothing. (Its imports are checked in test/unit/sharedI18nImports.test.ts.)
 */

type Leaf = [path: string, value: unknown];

function leaves(value: unknown, at = ''): Leaf[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [[at, value]];
  return Object.entries(value).flatMap(([key, v]) => leaves(v, at ? `${at}.${key}` : key));
}

/** What a reader sees for a string or a plural function, tried on a name with a comma and 0–2. */
function shown(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (arg: unknown, arg2?: unknown) => unknown;
    return [0, 1, 2, 'Social- og Sundhedsforvaltningen, Aarhus Kommune'].map((a) =>
      String(fn(a, 'I gang')),
    );
  }
  return [String(value)];
}

const TABLES = {
  export: EXPORT_STRINGS,
  evaluation: EVALUATION_STRINGS,
  menu: MENU_STRINGS,
  openNotice: OPEN_NOTICE_STRINGS,
  newWorkshop: NEW_WORKSHOP_STRINGS,
};

describe('host strings', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: the same keys in Danish and English, none of them empty`, () => {
      const da = leaves(table.da).map(([key]) => key);
      expect(leaves(table.en).map(([key]) => key)).toEqual(da);
      for (const language of LANGUAGES) {
        for (const [key, value] of leaves(table[language])) {
          for (const text of shown(value)) expect(text.trim(), `${language} ${key}`).not.toBe('');
        }
      }
    });
  }

  it('counts in each language: one dot, two dots', () => {
    expect(EXPORT_STRINGS.da.minutes.dots(1)).toBe('1 prik');
    expect(EXPORT_STRINGS.da.minutes.dots(2)).toBe('2 prikker');
    expect(EXPORT_STRINGS.da.minutes.killersTotal(1)).toBe('1 idédræber i alt');
    expect(EXPORT_STRINGS.en.minutes.killersTotal(2)).toBe('2 idea killers in all');
    expect(EVALUATION_STRINGS.en.respondents(1)).toContain('1 response,');
    expect(EVALUATION_STRINGS.en.respondents(2)).toContain('2 responses,');
  });
});
