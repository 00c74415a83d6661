import type { KeyMap } from '../../../shared/settings';
import { CLICKER_ACTIONS, type ClickerAction } from '../../../shared/settingsCatalogue';

/**
 * Every keyboard shortcut, in one table: the key handlers read their keys from here and the
 * shortcut sheet lists this table, so the sheet cannot fall behind the handlers.
 */
export type ShortcutId =
  | ClickerAction
  | 'undo'
  | 'redo'
  | 'sheet'
  | 'turnSpoke'
  | 'turnPass'
  | 'turnSkip'
  | 'killer'
  | 'movePoint'
  | 'actionLog'
  | 'export'
  | 'notes';

export interface Shortcut {
  id: ShortcutId;
  /** Key combinations as shown, e.g. ['Ctrl+Z']; the clicker keys come from the key map. */
  keys: string[];
  /** Where the keys work. */
  where: 'both' | 'console';
}

/** Fixed keys: the page handles these itself (useUndoShortcuts, ShortcutSheet). */
export const UNDO_KEYS = ['Ctrl+Z'];
export const REDO_KEYS = ['Ctrl+Shift+Z', 'Ctrl+Y'];
export const SHEET_KEY = '?';
/**
 * Keys handled in the console's rooms and record screens (rooms/logic/keys.ts, AgendaRow,
 * record/recordScreen.ts, notes/notesKey.ts); shortcutSheet.test.ts presses each through its
 * handler, so a key changed there and not here fails.
 */
export const ROOM_KEYS = {
  turnSpoke: ['Alt+N'],
  turnPass: ['Alt+P'],
  turnSkip: ['Alt+S'],
  killer: ['1–7'],
  movePoint: ['Alt+↑', 'Alt+↓'],
  actionLog: ['Ctrl+Shift+L'],
  export: ['Ctrl+Shift+E'],
  notes: ['Alt+R'],
} as const satisfies Partial<Record<ShortcutId, readonly string[]>>;

export function shortcutTable(keyMap: KeyMap): Shortcut[] {
  return [
    ...CLICKER_ACTIONS.map((id): Shortcut => ({ id, keys: [keyMap[id]], where: 'both' })),
    { id: 'undo', keys: UNDO_KEYS, where: 'console' },
    { id: 'redo', keys: REDO_KEYS, where: 'console' },
    { id: 'sheet', keys: [SHEET_KEY], where: 'console' },
    ...Object.entries(ROOM_KEYS).map(([id, keys]): Shortcut => ({
      id: id as ShortcutId,
      keys: [...keys],
      where: 'console',
    })),
  ];
}

/** The clicker action bound to a key press, if any; modifiers never match a clicker key. */
export function clickerActionFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  keyMap: KeyMap,
): ClickerAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = normaliseKey(e.key);
  return CLICKER_ACTIONS.find((action) => normaliseKey(keyMap[action]) === key) ?? null;
}

/** Letters match in either case (B and b), as presentation software does. */
export function normaliseKey(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}

/** How a key is written on the sheet: b → B, ' ' → Space. */
export function keyLabel(key: string): string {
  if (key === ' ') return 'Space';
  if (key === 'Escape') return 'Esc';
  return key.length === 1 ? key.toUpperCase() : key;
}
