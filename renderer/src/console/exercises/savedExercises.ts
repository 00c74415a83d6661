import { useCallback, useEffect } from 'react';
import { z } from 'zod';
import {
  mergeSavedExercises,
  SavedExerciseSchema,
  withSavedExercise,
  type SavedExercise,
} from '../../../../shared/exercises/library';
import { useWorkshopState } from '../../common/hostContext';
import { useUpdateSettings } from '../../common/useSettings';

/**
 * The facilitator's saved exercises live in the host's settings (settings.savedExercises): they
 * survive a restart, every console window sees them, and the desktop app keeps them in its
 * settings store. Earlier versions kept them in this browser's storage under this key.
 */
const LEGACY_KEY = 'dialogrum.savedExercises';

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

let migrating = false;
const NONE: SavedExercise[] = [];

/**
 * Moves the old browser-storage entries into the settings, once: the key is removed only after
 * the host has accepted them, so a failed attempt is tried again on the next load.
 */
function useMigrateLegacy(list: readonly SavedExercise[] | null): void {
  const update = useUpdateSettings();
  useEffect(() => {
    if (list === null || migrating) return;
    let storage: Storage;
    try {
      storage = window.localStorage;
      if (storage.getItem(LEGACY_KEY) === null) return;
    } catch {
      return; // No storage in this window: nothing to move.
    }
    migrating = true;
    const older = readLegacySavedExercises(storage);
    const merged = mergeSavedExercises(list, older);
    const done =
      merged.length === list.length ? Promise.resolve(true) : update({ savedExercises: merged });
    void done
      .then((ok) => {
        if (ok) storage.removeItem(LEGACY_KEY);
      })
      .finally(() => {
        migrating = false;
      });
  }, [list, update]);
}

export interface SavedExercises {
  list: SavedExercise[];
  /** Keeps one for next time (replacing an earlier one of the same title). */
  save: (saved: SavedExercise) => Promise<boolean>;
}

/** The saved exercises from the host's settings, and a way to add one. */
export function useSavedExercises(): SavedExercises {
  const settings = useWorkshopState().settings;
  // An older host sends settings without the key: read that as none.
  const list = settings ? (settings.savedExercises ?? NONE) : null;
  useMigrateLegacy(list);
  const update = useUpdateSettings();
  const save = useCallback(
    (saved: SavedExercise) => update({ savedExercises: withSavedExercise(list ?? NONE, saved) }),
    [list, update],
  );
  return { list: list ?? NONE, save };
}
