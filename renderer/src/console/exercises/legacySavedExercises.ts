import { z } from 'zod';
import { SavedExerciseSchema, type SavedExercise } from '../../../../shared/settings';
import { LEGACY_KEY } from './legacyStorageKey';

/*
 * Earlier versions kept the saved exercises in this browser's storage. Reading that old list
 * needs the schemas, so this module is loaded only when the key is there (savedExercises.ts),
 * never with the console itself.
 */

/** The old browser-storage list, read leniently: a damaged entry is left out, never fatal. */
export function readLegacySavedExercises(storage: Pick<Storage, 'getItem'>): SavedExercise[] {
  try {
    const raw: unknown = JSON.parse(storage.getItem(LEGACY_KEY) ?? '[]');
    const list = z.array(z.unknown()).safeParse(raw);
    if (!list.success) return [];
    return list.data.flatMap((item) => {
      const parsed = SavedExerciseSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}
