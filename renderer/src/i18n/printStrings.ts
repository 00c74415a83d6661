import type { StringLoaders } from './i18n';

/**
 * The print view's own few strings (loading, failing, the print button); the minutes themselves
 * speak the exports' language (shared/i18n/exportStrings.ts).
 */
export const printStrings: StringLoaders = {
  da: () => import('./printDa'),
  en: () => import('./printEn'),
};
