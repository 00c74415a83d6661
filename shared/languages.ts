/**
 * The app's languages, as plain data: no zod here, so the phone page can import it without the
 * schemas (shared/settingsSchema.ts builds LanguageSchema from the same list).
 */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The locale for dates and numbers: Danish public sector, and British English (24-hour). */
export function localeFor(language: Language): string {
  return language === 'da' ? 'da-DK' : 'en-GB';
}
