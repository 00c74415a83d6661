import { describe, expect, it } from 'vitest';
import { PHONE_ERROR_CODES } from '../../../shared/phones/contract';
import { ROOM_IDS, PURPOSES } from '../../../shared/rooms';
import { ERROR_MESSAGE_KEYS } from '../common/errorMessages';
import phoneDa from '../participant/i18n/da.json';
import phoneEn from '../participant/i18n/en.json';
import { ENDING } from '../participant/phoneSessionTypes';
import da from './da.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function expectSameKeysAndPlaceholders(danish: Tree, english: Tree): void {
  expect(keys(english).sort()).toEqual(keys(danish).sort());
  for (const key of keys(danish)) {
    expect(placeholders(lookup(english, key) ?? ''), key).toEqual(
      placeholders(lookup(danish, key) ?? ''),
    );
  }
}

describe('translations', () => {
  it('has the same keys in Danish and English, with the same placeholders', () => {
    expectSameKeysAndPlaceholders(da, en);
  });

  it('names every room and purpose, with the method’s Danish room names', () => {
    for (const room of ROOM_IDS) {
      expect(lookup(da, `rooms.${room}.guidance`)).toBeTruthy();
      expect(lookup(en, `rooms.${room}.guidance`)).toBeTruthy();
    }
    for (const purpose of PURPOSES) expect(lookup(da, `purposes.${purpose}`)).toBeTruthy();
    expect(ROOM_IDS.map((r) => lookup(da, `rooms.${r}.name`))).toEqual([
      'Det afklarende rum',
      'Det udviklende rum',
      'Det forhandlende rum',
      'Det handlende rum',
    ]);
  });

  // The app's translator (shared/i18n/translate.ts) knows `{{name}}` and `_one`/`_other`, and
  // nothing else: no nesting, formats, contexts or other plural forms.
  it('uses only what the translator knows: plain placeholders and one/other plurals', () => {
    for (const [language, tree] of [
      ['da', da],
      ['en', en],
    ] as const) {
      const all = keys(tree);
      for (const key of all) {
        const text = lookup(tree, key) ?? '';
        expect(text.replace(/\{\{\w+\}\}/g, ''), `${language} ${key}`).not.toMatch(
          /\{\{|\}\}|\$t\(/,
        );
        const plural = /_(zero|one|two|few|many|other)$/.exec(key);
        if (!plural) continue;
        expect(plural[1], `${language} ${key}`).toMatch(/^(one|other)$/);
        const base = key.slice(0, -plural[0].length);
        // Both forms, so a count of one and of many each has its sentence.
        expect(all, `${language} ${key}`).toContain(`${base}_one`);
        expect(all, `${language} ${key}`).toContain(`${base}_other`);
      }
    }
  });

  it('has a message for every error code a request can fail with', () => {
    const codes = Object.keys(ERROR_MESSAGE_KEYS);
    for (const code of codes) expect(lookup(da, `errors.${code}`), code).toBeTruthy();
  });
});

// The phone page's own sentences (renderer/src/participant/i18n): loaded one language at a time.
describe('the phone page’s translations', () => {
  it('has the same keys in Danish and English, with the same placeholders', () => {
    expectSameKeysAndPlaceholders(phoneDa, phoneEn);
  });

  it('says why for every refusal from the host and every way a phone is stopped', () => {
    for (const tree of [phoneDa, phoneEn]) {
      for (const code of PHONE_ERROR_CODES)
        expect(lookup(tree, `errors.${code}`), code).toBeTruthy();
      for (const reason of ENDING) {
        expect(lookup(tree, `ended.${reason}Title`), reason).toBeTruthy();
        expect(lookup(tree, `ended.${reason}`), reason).toBeTruthy();
      }
    }
  });
});
