import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../shared/settings';
import { asidePath, fsyncDirSync, writeFileAtomicSync } from '../platform/atomicWrite';
import { errorCode } from '../platform/fileSystem';
import type { SettingsStore } from './settingsStore';

/** Why the settings file could not be used, and where it was moved (it is never deleted). */
export interface SettingsWarning {
  reason: string;
  movedTo: string;
}

export interface JsonSettingsStoreOptions {
  clock?: () => number;
}

/**
 * Settings in a JSON file (browser mode, tests), written atomically. A missing file means
 * defaults; a damaged one is moved aside to `settings.json.corrupt-<timestamp>`, defaults are
 * used, and `warning` says why.
 */
export class JsonSettingsStore implements SettingsStore {
  readonly warning: SettingsWarning | null;
  private settings: Settings;

  constructor(
    readonly file: string,
    options: JsonSettingsStoreOptions = {},
  ) {
    const loaded = load(file, options.clock ?? Date.now);
    this.settings = loaded.settings;
    this.warning = loaded.warning;
  }

  get(): Settings {
    return structuredClone(this.settings);
  }

  update(changes: Partial<Settings>): Settings {
    const next = SettingsSchema.parse({ ...this.settings, ...changes });
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomicSync(this.file, JSON.stringify(next, null, 2) + '\n');
    this.settings = next;
    return this.get();
  }
}

/** Open the store and hand back its warning beside it, so a caller cannot overlook it. */
export function openJsonSettingsStore(
  file: string,
  options: JsonSettingsStoreOptions = {},
): { store: JsonSettingsStore; warning: SettingsWarning | null } {
  const store = new JsonSettingsStore(file, options);
  return { store, warning: store.warning };
}

function load(
  file: string,
  clock: () => number,
): { settings: Settings; warning: SettingsWarning | null } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { settings: DEFAULT_SETTINGS, warning: null };
    throw error;
  }
  const read = readSettings(text);
  if ('settings' in read) return { settings: read.settings, warning: null };
  const movedTo = asidePath(file, 'corrupt', clock());
  fs.renameSync(file, movedTo);
  fsyncDirSync(path.dirname(file));
  return { settings: DEFAULT_SETTINGS, warning: { reason: read.reason, movedTo } };
}

/** Settings saved by an older version may lack newer keys: those take their defaults. */
function readSettings(text: string): { settings: Settings } | { reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { reason: 'The settings file is not valid JSON (it may be truncated or damaged).' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { reason: 'The settings file does not hold a settings object.' };
  }
  const result = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...raw });
  return result.success
    ? { settings: result.data }
    : { reason: `The settings are not valid: ${z.prettifyError(result.error)}` };
}
