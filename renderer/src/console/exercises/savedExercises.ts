import { z } from 'zod';
import { SavedExerciseSchema, type SavedExercise } from '../../../../shared/exercises/library';

/**
 * The facilitator's saved exercises, kept in this browser's storage (the host's settings have
 * no place for them yet). Read leniently: a damaged entry is left out, never fatal.
 */
const KEY = 'dialogrum.savedExercises';

export function loadSavedExercises(): SavedExercise[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
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

/** Adds one, replacing an earlier one with the same title. */
export function storeSavedExercise(saved: SavedExercise): SavedExercise[] {
  const list = [saved, ...loadSavedExercises().filter((s) => s.title !== saved.title)];
  localStorage.setItem(KEY, JSON.stringify(list.slice(0, 50)));
  return list;
}
