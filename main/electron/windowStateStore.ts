import Store from 'electron-store';
import { parseWindowState, WindowStateSchema, type WindowState } from './windowState';

/**
 * The window places in an electron-store file of their own (windows.json beside settings.json),
 * not in the user's settings: they change on every drag, and the settings go to every page as an
 * event. Read once, then served from memory.
 */
export interface WindowStateStore {
  get(): WindowState;
  update(changes: Partial<WindowState>): void;
}

export function openWindowStateStore(options: { cwd: string; name?: string }): WindowStateStore {
  const store = new Store<WindowState>({
    cwd: options.cwd,
    name: options.name ?? 'windows',
    defaults: {},
    deserialize: parseWindowState,
    accessPropertiesByDotNotation: false,
    watch: false,
  });
  let current = WindowStateSchema.parse(store.store);
  return {
    get: () => structuredClone(current),
    update(changes) {
      current = WindowStateSchema.parse({ ...current, ...changes });
      store.store = current;
    },
  };
}
