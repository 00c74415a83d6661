import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { openElectronSettings, parseStoredSettings } from './electronSettings';
import { constructedWith } from './fakeElectronStore';

// The real electron-store imports electron; its double is the same thin layer over the real conf.
vi.mock('electron-store', () => import('./fakeElectronStore'));

let dir: string;
const file = () => path.join(dir, 'settings.json');
const clock = () => Date.UTC(2026, 10, 25, 9, 30, 0);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogrum-settings-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openElectronSettings', () => {
  it('starts from the defaults and persists updates', () => {
    const { store, recovery } = openElectronSettings({ cwd: dir, clock });
    expect(recovery).toBeNull();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.update({ language: 'en' })).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      recent: [],
    });
    const reopened = openElectronSettings({ cwd: dir, clock }).store;
    expect(reopened.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', recent: [] });
  });

  it('never asks electron-store to clear an invalid config', () => {
    openElectronSettings({ cwd: dir, clock });
    expect(constructedWith.length).toBeGreaterThan(0);
    for (const options of constructedWith) expect(options.clearInvalidConfig).not.toBe(true);
  });

  it('refuses an update that breaks the schema, keeping what was saved', () => {
    const { store } = openElectronSettings({ cwd: dir, clock });
    store.update({ recent: ['/a.dialogrum'] });
    expect(() => store.update({ language: 'fr' as 'da' })).toThrow();
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'da', recent: ['/a.dialogrum'] });
    expect(JSON.parse(fs.readFileSync(file(), 'utf8'))).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'da',
      recent: ['/a.dialogrum'],
    });
  });

  it.each([
    ['truncated JSON', '{"language": "en", "rec'],
    ['a value the schema refuses', '{"language": "fr", "recent": []}'],
    ['the wrong shape', '[1, 2, 3]'],
  ])(
    'moves a settings file with %s aside, keeps its bytes, and goes on with defaults',
    (_what, text) => {
      fs.writeFileSync(file(), text);
      const { store, recovery } = openElectronSettings({ cwd: dir, clock });

      expect(store.get()).toEqual(DEFAULT_SETTINGS);
      expect(recovery).not.toBeNull();
      expect(recovery?.movedTo).toBe(`${file()}.corrupt-2026-11-25T09-30-00.000Z`);
      expect(fs.readFileSync(recovery?.movedTo ?? '', 'utf8')).toBe(text);
      expect(recovery?.reason).toMatch(/settings/i);
      // The app goes on working: a fresh, valid settings file takes the old one's place.
      store.update({ language: 'en' });
      expect(openElectronSettings({ cwd: dir, clock }).store.get().language).toBe('en');
    },
  );

  it('never overwrites an earlier file moved aside', () => {
    fs.writeFileSync(file(), 'first damage');
    const first = openElectronSettings({ cwd: dir, clock }).recovery;
    fs.writeFileSync(file(), 'second damage');
    const second = openElectronSettings({ cwd: dir, clock }).recovery;
    expect(second?.movedTo).not.toBe(first?.movedTo);
    expect(fs.readFileSync(first?.movedTo ?? '', 'utf8')).toBe('first damage');
    expect(fs.readFileSync(second?.movedTo ?? '', 'utf8')).toBe('second damage');
  });

  it('fills keys an older version did not write', () => {
    fs.writeFileSync(file(), '{"language": "en"}');
    const { store, recovery } = openElectronSettings({ cwd: dir, clock });
    expect(recovery).toBeNull();
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', recent: [] });
  });
});

describe('parseStoredSettings', () => {
  it('keeps only known keys', () => {
    expect(parseStoredSettings('{"language":"en","recent":[],"other":1}')).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      recent: [],
    });
  });
});
