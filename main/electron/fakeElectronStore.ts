/**
 * A test double of `electron-store`, for `vi.mock('electron-store', () => import(...))`. The real
 * module imports `electron`, which cannot load outside Electron. electron-store is a thin layer
 * over `conf` (it fills in `cwd` from userData and maps `name` to `configName`), so this double is
 * that layer over the real conf: reading, validation and the corrupt-file error are conf's own.
 */
import Conf from 'conf';
import type { Options } from 'electron-store';

/** Every options object the shell passed, for assertions (e.g. never `clearInvalidConfig`). */
export const constructedWith: Options<Record<string, unknown>>[] = [];

export default class FakeElectronStore<T extends Record<string, unknown>> extends Conf<T> {
  constructor(options: Options<T> = {}) {
    constructedWith.push(options as Options<Record<string, unknown>>);
    const { name, ...rest } = options;
    if (!rest.cwd) throw new Error('FakeElectronStore: the shell always passes an absolute cwd');
    super({ ...rest, configName: name ?? 'config' });
  }
}
