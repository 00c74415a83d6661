import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { listing, useTempDirs } from '../platform/testing/tempDirs';
import { JsonSettingsStore, openJsonSettingsStore } from './jsonSettingsStore';

const tempDir = useTempDirs();
const clock = () => Date.UTC(2026, 10, 25, 9, 0);

describe('JsonSettingsStore', () => {
  it('starts from the defaults without a file, and writes none until something changes', () => {
    const dir = tempDir();
    const { store, warning } = openJsonSettingsStore(path.join(dir, 'settings.json'));
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(warning).toBeNull();
    expect(listing(dir)).toEqual([]);
  });

  it('keeps what was changed for the next start', () => {
    const file = path.join(tempDir(), 'nested', 'settings.json');
    const store = new JsonSettingsStore(file);
    expect(store.update({ language: 'en' })).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      recent: [],
    });
    store.update({ recent: ['/a.dialogrum'] });
    expect(new JsonSettingsStore(file).get()).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      recent: ['/a.dialogrum'],
    });
  });

  it('refuses invalid settings and keeps the file as it was', () => {
    const file = path.join(tempDir(), 'settings.json');
    const store = new JsonSettingsStore(file);
    store.update({ language: 'en' });
    const before = fs.readFileSync(file, 'utf8');
    const tooMany = Array.from({ length: 11 }, (_, i) => `/w${i}.dialogrum`);
    expect(() => store.update({ recent: tooMany })).toThrow();
    expect(store.get().language).toBe('en');
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('does not let a caller change the settings by mutating what get() returned', () => {
    const store = new JsonSettingsStore(path.join(tempDir(), 'settings.json'));
    store.get().recent.push('/x.dialogrum');
    expect(store.get().recent).toEqual([]);
  });

  it.each([
    ['garbage', '\u0000\u0000\u0000\u0000'],
    ['a truncated file', '{"language":"da","rec'],
    ['an unknown language', '{"language":"fr","recent":[]}'],
    ['an array', '[]'],
  ])('moves %s aside, uses the defaults and says why', (_label, bytes) => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, bytes);
    const { store, warning } = openJsonSettingsStore(file, { clock });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(warning?.reason).toMatch(/settings/i);
    expect(warning?.movedTo).toBe(path.join(dir, 'settings.json.corrupt-2026-11-25T09-00-00.000Z'));
    expect(listing(dir)).toEqual(['settings.json.corrupt-2026-11-25T09-00-00.000Z']);
    expect(fs.readFileSync(warning!.movedTo, 'utf8')).toBe(bytes);
    // The next change writes a fresh file beside the kept one.
    store.update({ language: 'en' });
    expect(listing(dir)).toEqual([
      'settings.json',
      'settings.json.corrupt-2026-11-25T09-00-00.000Z',
    ]);
  });

  it('reads settings saved before a key existed, giving that key its default', () => {
    const file = path.join(tempDir(), 'settings.json');
    fs.writeFileSync(file, '{"language":"en"}');
    const { store, warning } = openJsonSettingsStore(file);
    expect(warning).toBeNull();
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', recent: [] });
  });
});
