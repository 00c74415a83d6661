import type { StringLoaders } from './i18n';

/** The projector's strings: only the parts it shows, one language at a time. */
export const projectorStrings: StringLoaders = {
  da: () => import('./projectorDa'),
  en: () => import('./projectorEn'),
};
