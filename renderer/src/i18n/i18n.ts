import { useSyncExternalStore } from 'react';
import { isLanguage, type Language } from '../../../shared/languages';
import type { KeyOf, StringTree, Values } from '../../../shared/i18n/translate';
import type danish from './da.json';
import { createLanguageStore, type Translator } from './languageStore';

/** The console's strings (da.json); the projector and the print view load parts of them. */
export type PageStrings = typeof danish;
export type TranslationKey = KeyOf<PageStrings>;
export type TFunction = (key: TranslationKey, values?: Values) => string;

/** Each language's strings for one page, loaded when the language is first used. */
export type StringLoaders = Readonly<Record<Language, () => Promise<{ default: StringTree }>>>;

/** Danish first: the app opens in Danish until the host's settings say otherwise. */
export const DEFAULT_LANGUAGE: Language = 'da';

export { isLanguage, localeFor } from '../../../shared/languages';

let pageStrings: StringLoaders | null = null;

const pageI18n = createLanguageStore<TranslationKey>(async (language) => {
  if (!pageStrings) throw new Error('startI18n has not been called');
  return (await pageStrings[language]()).default;
});

/** The page's language so far, for code outside components (formatting dates, new items). */
export function currentLanguage(): Language {
  return pageI18n.current().language;
}

/**
 * `{ t, i18n: { language } }`: the component renders again when the language changes. `t` stays
 * the same function while the language does.
 */
export function useTranslation(): { t: TFunction; i18n: Translator<TranslationKey> } {
  const current = useSyncExternalStore(pageI18n.subscribe, pageI18n.current);
  return { t: current.t, i18n: current };
}

// The language the host's settings last gave, so a page opens in it before the host answers.
const REMEMBERED = 'dialogrum.language';

function rememberedLanguage(): Language {
  try {
    const stored = localStorage.getItem(REMEMBERED);
    return stored && isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/**
 * Loads the page's first language, `language` or else the one last used, so the first render is
 * already translated; only that language's strings are fetched.
 */
export function startI18n(strings: StringLoaders, language?: Language): Promise<void> {
  pageStrings = strings;
  return pageI18n.setLanguage(language ?? rememberedLanguage());
}

/**
 * A part of the page's strings that only its lazy parts show: the function loads it (once per
 * language, and for a language switched to later) and resolves when the language in use has it.
 */
export function laterPageStrings(strings: StringLoaders): () => Promise<void> {
  const part = async (language: Language) => (await strings[language]()).default;
  return () => pageI18n.addStrings(part);
}

/** Switches the page (once the language's strings are here) and remembers it for next time. */
export function applyLanguage(language: Language): void {
  try {
    localStorage.setItem(REMEMBERED, language);
  } catch {
    // Not remembered: the page opens in Danish and follows the host's settings.
  }
  pageI18n.setLanguage(language).catch((error: unknown) => {
    // The page stays in the language it shows; the next change of settings tries again.
    console.error('Dialogrum: could not load the language', language, error);
  });
}
