import { IDEA_KILLERS } from '../../../../shared/ideaKillers/catalogue';
import type { Language } from '../../../../shared/settings';

interface Phrased {
  id: number;
  da: string;
  en: string;
}

function isPhrased(value: unknown): value is Phrased {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'number' && typeof v.da === 'string' && typeof v.en === 'string';
}

/**
 * The phrase of an idea killer in the page's language: the method's seven, or one of the
 * user's own from the settings (`customKillers`, ids from 8), read leniently so the projector
 * works with settings files that have none. '' when unknown; the card then shows its number.
 */
export function killerPhrase(
  killerId: number,
  language: Language,
  settings: object | null,
): string {
  const own: unknown = settings ? Reflect.get(settings, 'customKillers') : undefined;
  const custom = Array.isArray(own) ? own.filter(isPhrased) : [];
  const killer =
    IDEA_KILLERS.find((k) => k.id === killerId) ?? custom.find((k) => k.id === killerId);
  if (!killer) return '';
  return killer[language] || killer.da || killer.en;
}
