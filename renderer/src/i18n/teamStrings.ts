import type { StringLoaders } from './i18n';

/**
 * The join page's sentences (issue 16), loaded with the team page's own code: the facilitator's
 * console and projector never fetch them.
 */
export const teamStrings: StringLoaders = {
  da: () => import('./da.json?team'),
  en: () => import('./en.json?team'),
};
