import fs from 'node:fs';
import path from 'node:path';
import Store from 'electron-store';
import { z } from 'zod';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../shared/settings';
import { asidePath, fsyncDirSync } from '../platform/atomicWrite';
import type { SettingsStore } from '../settings/settingsStore';

/** Why the settings file could not be used, and where it went (it is never deleted). */
export interface SettingsRecovery {
  reason: string;
  movedTo: string;
}

/** Thrown by our deserializer, so only a damaged file (not e.g. a permission error) is moved. */
export class CorruptSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptSettingsError';
  }
}

// Settings written by an older version may lack newer keys: those take their defaults.
const StoredSettingsSchema = SettingsSchema.partial();

export function parseStoredSettings(text: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CorruptSettingsError(
      'The settings file is not valid JSON (it may be truncated or damaged).',
    );
  }
  const parsed = StoredSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CorruptSettingsError(`The settings are not valid: ${z.prettifyError(parsed.error)}`);
  }
  return { ...DEFAULT_SETTINGS, ...parsed.data };
}

export interface ElectronSettingsOptions {
  /** The folder of the settings file: `app.getPath('userData')` in the app. */
  cwd: string;
  /** File name without extension. */
  name?: string;
  clock?: () => number;
}

/**
 * electron-store behind the SettingsStore interface, checked with zod on every read. A damaged
 * file is never cleared (no `clearInvalidConfig`): it is moved aside, defaults are used, and
 * `recovery` says what happened so the shell can tell the user.
 */
export function openElectronSettings(options: ElectronSettingsOptions): {
  store: SettingsStore;
  recovery: SettingsRecovery | null;
} {
  const name = options.name ?? 'settings';
  const open = (): Store<Settings> =>
    new Store<Settings>({
      cwd: options.cwd,
      name,
      defaults: DEFAULT_SETTINGS,
      clearInvalidConfig: false,
      deserialize: parseStoredSettings,
      accessPropertiesByDotNotation: false,
      watch: false,
    });

  let store: Store<Settings>;
  let recovery: SettingsRecovery | null = null;
  try {
    store = open();
  } catch (error) {
    if (!(error instanceof CorruptSettingsError)) throw error;
    // The same path electron-store (conf) reads: <cwd>/<name>.json.
    const file = path.resolve(options.cwd, `${name}.json`);
    const movedTo = asidePath(file, 'corrupt', (options.clock ?? Date.now)());
    fs.renameSync(file, movedTo);
    fsyncDirSync(path.dirname(file));
    recovery = { reason: error.message, movedTo };
    store = open();
  }
  return { store: new ElectronSettingsStore(store), recovery };
}

/** Reads once, then serves from memory: the file is ours alone while the app runs. */
class ElectronSettingsStore implements SettingsStore {
  private current: Settings;

  constructor(private readonly store: Store<Settings>) {
    this.current = SettingsSchema.parse(store.store);
  }

  get(): Settings {
    return structuredClone(this.current);
  }

  update(changes: Partial<Settings>): Settings {
    const next = SettingsSchema.parse({ ...this.current, ...changes });
    this.store.store = next;
    this.current = next;
    return this.get();
  }
}
