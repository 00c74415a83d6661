/** The shell's own keys, handled in `before-input-event` so they work in both windows, with or
 * without a visible menu bar, and never fire twice (the menu shows them without registering). */
export type ShellShortcut = 'toggle-presenting' | 'leave-full-screen';

export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly isAutoRepeat: boolean;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

/** The clicker's present and leave keys (the key map in the settings; F5 and Esc by default). */
export interface ShellKeys {
  readonly present: string;
  readonly leave: string;
}

const DEFAULT_SHELL_KEYS: ShellKeys = { present: 'F5', leave: 'Escape' };

/** Letters match in either case, as in the page (renderer/src/common/shortcuts.ts). */
const same = (a: string, b: string): boolean =>
  a.length === 1 && b.length === 1 ? a.toLowerCase() === b.toLowerCase() : a === b;

export function shortcutFor(
  input: KeyInput,
  keys: ShellKeys = DEFAULT_SHELL_KEYS,
): ShellShortcut | null {
  if (input.type !== 'keyDown' || input.isAutoRepeat) return null;
  // Shift is allowed for a letter key (B and b are one key); never for the others.
  const modifier =
    input.control || input.meta || input.alt || (input.shift && input.key.length !== 1);
  if (modifier) return null;
  if (same(input.key, keys.present)) return 'toggle-presenting';
  if (same(input.key, keys.leave)) return 'leave-full-screen';
  // Undo/redo keys are the page's (renderer useUndoShortcuts): only it knows whether a text
  // field has the focus, where they must undo the typing instead.
  return null;
}
