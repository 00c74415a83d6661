import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/languages';
import type { StringTree } from '../../../shared/i18n/translate';
import consoleDa from './da.json?console';
import laterDa from './da.json?consoleLater';
import consoleEn from './en.json?console';
import laterEn from './en.json?consoleLater';
import { createLanguageStore } from './languageStore';

/** A part's loader that records the languages asked for; `fail` makes the next call fail. */
function part(strings: Record<Language, StringTree>) {
  const calls: Language[] = [];
  let fail = false;
  const load = (language: Language) => {
    calls.push(language);
    if (fail) {
      fail = false;
      return Promise.reject(new Error('offline'));
    }
    return Promise.resolve(strings[language]);
  };
  return { load, calls, failNext: () => (fail = true) };
}

// The console's real split: its first screen's sentences, then the rest with its lazy parts.
describe('a page language loaded in parts', () => {
  it('adds a part’s sentences to the same t, beside the first part’s in a shared section', async () => {
    const first = part({ da: consoleDa, en: consoleEn });
    const later = part({ da: laterDa, en: laterEn });
    const store = createLanguageStore<string>(first.load);
    const changed = vi.fn();
    store.subscribe(changed);
    await store.setLanguage('da');
    const { t } = store.current();
    expect(t('record.export.open')).toBe('Afslut og eksportér');
    // Not loaded yet: shows as its key.
    expect(t('record.export.title')).toBe('record.export.title');

    await store.addStrings(later.load);
    expect(store.current().t).toBe(t);
    expect(t('record.export.title')).toBe('Afslut mødet og tag referatet med hjem');
    expect(t('record.export.open')).toBe('Afslut og eksportér');
    expect(t('roomsWork.wall.filter')).toBe('Vis');
    // The open screen needs no new render for it: the sentences were there before it showed.
    expect(changed).toHaveBeenCalledTimes(1);
    await store.addStrings(later.load);
    expect(later.calls).toEqual(['da']);
  });

  it('switches every part to the new language, loading the other only then', async () => {
    const first = part({ da: consoleDa, en: consoleEn });
    const later = part({ da: laterDa, en: laterEn });
    const store = createLanguageStore<string>(first.load);
    await store.setLanguage('da');
    await store.addStrings(later.load);
    await store.setLanguage('en');
    expect(later.calls).toEqual(['da', 'en']);
    const { t } = store.current();
    expect(t('roomsWork.wall.filter')).toBe('Show');
    expect(t('record.export.title')).toBe('End the meeting and take the record home');
    expect(t('agenda.heading')).not.toBe('agenda.heading');
  });

  it('tries a part again after it failed to load', async () => {
    const first = part({ da: consoleDa, en: consoleEn });
    const later = part({ da: laterDa, en: laterEn });
    const store = createLanguageStore<string>(first.load);
    await store.setLanguage('da');
    later.failNext();
    await expect(store.addStrings(later.load)).rejects.toThrow('offline');
    expect(store.current().t('roomsWork.wall.filter')).toBe('roomsWork.wall.filter');
    await store.addStrings(later.load);
    expect(store.current().t('roomsWork.wall.filter')).toBe('Vis');
  });
});
