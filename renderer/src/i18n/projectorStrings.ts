import type { StringLoaders } from './i18n';
import projectorDa from './projectorDa';

/**
 * The projector's strings: only the parts it shows. Danish, the default, comes with the page's own
 * code, so the first screen waits for no second request; English is fetched when used.
 */
export const projectorStrings: StringLoaders = {
  da: () => Promise.resolve({ default: projectorDa }),
  en: () => import('./projectorEn'),
};
