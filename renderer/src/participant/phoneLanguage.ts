import { isLanguage, type Language } from '../../../shared/languages';
import type { KeyValueStore } from './phoneStorage';

const KEY = 'dialogrum.phone.language';

/**
 * The phone's own language: the participant's last choice, else the first of Danish or
 * English the browser asks for, else Danish (the meetings are Danish first).
 */
export function initialLanguage(
  store: KeyValueStore | null,
  browserLanguages: readonly string[],
): Language {
  const stored = store?.getItem(KEY) ?? null;
  if (stored && isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return 'da';
}

export function rememberLanguage(store: KeyValueStore | null, language: Language): void {
  try {
    store?.setItem(KEY, language);
  } catch {
    // Not kept: the next load asks the browser again.
  }
}
