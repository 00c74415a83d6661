import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../../shared/languages';
import { createPhoneI18n } from './phoneI18n';
import danish from './stringsDa';
import english from './stringsEn';

/** Loaders that count their calls and answer when the test says so. */
function loaders() {
  const calls: Language[] = [];
  const pending = new Map<Language, () => void>();
  const load = (language: Language, strings: typeof danish) => () => {
    calls.push(language);
    return new Promise<{ default: typeof danish }>((resolve) =>
      pending.set(language, () => resolve({ default: strings })),
    );
  };
  return {
    calls,
    arrive: async (language: Language) => {
      pending.get(language)?.();
      await new Promise((r) => setTimeout(r, 0));
    },
    loaders: { da: load('da', danish), en: load('en', english) },
  };
}

describe('the phone page language', () => {
  it('loads only the language in use, and the other when the participant switches', async () => {
    const l = loaders();
    const i18n = createPhoneI18n(l.loaders);
    const changed = vi.fn();
    i18n.subscribe(changed);

    const first = i18n.setLanguage('da');
    await l.arrive('da');
    await first;
    expect(l.calls).toEqual(['da']);
    expect(i18n.current().t('names.heading')).toBe('Hvem er du?');
    expect(i18n.current().t('rooms.developing.name')).toBe('Det udviklende rum');

    const second = i18n.setLanguage('en');
    // Until English is here, the phone goes on in Danish.
    expect(i18n.current().language).toBe('da');
    await l.arrive('en');
    await second;
    expect(i18n.current().t('names.heading')).toBe('Who are you?');
    expect(changed).toHaveBeenCalledTimes(2);

    // Back to Danish: already here, nothing is fetched again.
    await i18n.setLanguage('da');
    expect(l.calls).toEqual(['da', 'en']);
    expect(i18n.current().language).toBe('da');
  });

  it('ends in the language chosen last when a slow load arrives after a later choice', async () => {
    const l = loaders();
    const i18n = createPhoneI18n(l.loaders);
    const slowEnglish = i18n.setLanguage('en');
    const danishNow = i18n.setLanguage('da');
    await l.arrive('da');
    await danishNow;
    await l.arrive('en');
    await slowEnglish;
    expect(i18n.current().language).toBe('da');
    expect(i18n.current().t('connecting')).toBe('Forbinder …');
  });
});
