import { useSyncExternalStore } from 'react';
import { localeFor, type Language } from '../../../../shared/languages';
import type { PhoneStrings } from './stringsDa';
import { translate, type KeyOf, type Values } from './translate';

export type PhoneKey = KeyOf<PhoneStrings>;

export interface PhoneText {
  language: Language;
  t: (key: PhoneKey, values?: Values) => string;
}

type Loaders = Readonly<Record<Language, () => Promise<{ default: PhoneStrings }>>>;

/**
 * The phone page's language: the strings of the language in use, loaded when it is first
 * chosen (the page loads one language at start, the other only if the participant switches).
 */
export function createPhoneI18n(loaders: Loaders) {
  const loaded = new Map<Language, PhoneStrings>();
  const listeners = new Set<() => void>();
  let wanted: Language | null = null;
  // Until the first language has loaded a key shows as itself (main.tsx renders after it).
  let current: PhoneText = { language: 'da', t: (key) => key };

  return {
    /** Loads `language` if needed, then switches to it; a later choice wins over this one. */
    async setLanguage(language: Language): Promise<void> {
      wanted = language;
      let strings = loaded.get(language);
      if (!strings) {
        strings = (await loaders[language]()).default;
        loaded.set(language, strings);
      }
      if (wanted !== language) return;
      const locale = localeFor(language);
      current = { language, t: (key, values) => translate(strings, locale, key, values) };
      if (typeof document !== 'undefined') document.documentElement.lang = language;
      for (const listener of listeners) listener();
    },
    current: (): PhoneText => current,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const phoneI18n = createPhoneI18n({
  da: () => import('./stringsDa'),
  en: () => import('./stringsEn'),
});

/** `{ t, language }` for the phone's components; they render again when the language changes. */
export function usePhoneText(): PhoneText {
  return useSyncExternalStore(phoneI18n.subscribe, phoneI18n.current);
}
