import type { StringLoaders } from './i18n';

/**
 * The console's strings, one language at a time: what its first screen shows
 * (consoleFirstScreen.ts), then the rest with its first lazy part, in idle time after it.
 */
export const consoleStrings: StringLoaders = {
  da: () => import('./da.json?console'),
  en: () => import('./en.json?console'),
};

export const consoleLaterStrings: StringLoaders = {
  da: () => import('./da.json?consoleLater'),
  en: () => import('./en.json?consoleLater'),
};
