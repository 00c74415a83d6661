import type { Settings } from '../../shared/settings';

/**
 * Where the user's settings live. Synchronous on purpose: electron-store (the Electron shell's
 * implementation) is, and settings are small. The JSON file store is the plain-Node one.
 */
export interface SettingsStore {
  get(): Settings;
  /** Merge, validate, persist; returns the settings now in force. Throws if the result is invalid. */
  update(changes: Partial<Settings>): Settings;
}
