import { describe, expect, it } from 'vitest';
import { ROOM_IDS, PURPOSES } from '../../../shared/rooms';
import { ERROR_MESSAGE_KEYS } from '../common/errorMessages';
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

describe('translations', () => {
  it('has the same keys in Danish and English, with the same placeholders', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
    for (const key of keys(da)) {
      expect(placeholders(lookup(en, key) ?? ''), key).toEqual(placeholders(lookup(da, key) ?? ''));
    }
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

  it('has a message for every error code a request can fail with', () => {
    const codes = Object.keys(ERROR_MESSAGE_KEYS);
    for (const code of codes) expect(lookup(da, `errors.${code}`), code).toBeTruthy();
  });
});
