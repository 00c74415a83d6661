import { useCallback, useEffect } from 'react';
import {
  mergeSavedExercises,
  withSavedExercise,
  type SavedExercise,
} from '../../../../shared/exercises/library';
import { useWorkshopSelect } from '../../common/hostContext';
import { selectSettings, useUpdateSettings } from '../../common/useSettings';
import { LEGACY_KEY } from './legacyStorageKey';

/*
 * The facilitator's saved exercises live in the host's settings (settings.savedExercises): they
 * survive a restart, every console window sees them, and the desktop app keeps them in its
 * settings store. Earlier versions kept them in this browser's storage under LEGACY_KEY
 * (legacySavedExercises.ts, loaded only when the key is there).
 */

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
    void import('./legacySavedExercises')
      .then(({ readLegacySavedExercises }) => {
        const merged = mergeSavedExercises(list, readLegacySavedExercises(storage));
        return merged.length === list.length ? true : update({ savedExercises: merged });
      })
      .then((ok) => {
        if (ok) storage.removeItem(LEGACY_KEY);
      })
      .catch(() => undefined) // Kept for the next load: the key is still there.
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
  const settings = useWorkshopSelect(selectSettings);
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
