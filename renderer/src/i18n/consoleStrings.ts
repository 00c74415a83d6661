import daFirstScreen from './da.json?console';
import type { StringLoaders } from './i18n';

/**
 * The console's strings, one language at a time: what its first screen shows
 * (consoleFirstScreen.ts), then the rest with its first lazy part, in idle time after it.
 * Danish, the default, comes with the page's own code: the first screen waits for no second
 * request (English fetches its part, a few KB, before the first screen).
 */
export const consoleStrings: StringLoaders = {
  da: () => Promise.resolve({ default: daFirstScreen }),
  en: () => import('./en.json?console'),
};

export const consoleLaterStrings: StringLoaders = {
  da: () => import('./da.json?consoleLater'),
  en: () => import('./en.json?consoleLater'),
};
