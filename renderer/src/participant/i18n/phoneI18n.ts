import { useSyncExternalStore } from 'react';
import type { Language } from '../../../../shared/languages';
import type { KeyOf } from '../../../../shared/i18n/translate';
import { createLanguageStore, type Translator } from '../../i18n/languageStore';
import type { PhoneStrings } from './stringsDa';

export type PhoneKey = KeyOf<PhoneStrings>;
export type PhoneText = Translator<PhoneKey>;

type Loaders = Readonly<Record<Language, () => Promise<{ default: PhoneStrings }>>>;

/**
 * The phone page's language: the strings of the language in use, loaded when it is first
 * chosen (the page loads one language at start, the other only if the participant switches).
 */
export function createPhoneI18n(loaders: Loaders) {
  return createLanguageStore<PhoneKey>(async (language) => (await loaders[language]()).default);
}

export const phoneI18n = createPhoneI18n({
  da: () => import('./stringsDa'),
  en: () => import('./stringsEn'),
});

/** `{ t, language }` for the phone's components; they render again when the language changes. */
export function usePhoneText(): PhoneText {
  return useSyncExternalStore(phoneI18n.subscribe, phoneI18n.current);
}
