import type { Language } from '../languages';
import { da } from './exportStringsDa';
import { en } from './exportStringsEn';
import type { ExportStrings } from './exportStringsType';

export type { ExportStrings } from './exportStringsType';

/**
 * The record's words in the language it is written in (docs/method.md § Who uses it, and in which
 * language: Danish first, English too).
 */
export const EXPORT_STRINGS: Readonly<Record<Language, ExportStrings>> = { da, en };

export function exportStrings(language: Language): ExportStrings {
  return EXPORT_STRINGS[language];
}
