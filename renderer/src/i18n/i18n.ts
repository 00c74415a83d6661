import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/languages';
import da from './da.json';
import en from './en.json';

export const resources = { da: { translation: da }, en: { translation: en } } as const;

/** Danish first: the app opens in Danish until the host's settings say otherwise. */
export const DEFAULT_LANGUAGE: Language = 'da';

export { isLanguage, localeFor } from '../../../shared/languages';

export function currentLanguage(): Language {
  const lang = i18next.language;
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

/** Initialise synchronously: the resources are bundled, so the first render is translated. */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes.
      returnNull: false,
    });
    document.documentElement.lang = DEFAULT_LANGUAGE;
  }
  return i18next;
}

export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
