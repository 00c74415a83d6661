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

export function shortcutFor(input: KeyInput): ShellShortcut | null {
  if (input.type !== 'keyDown' || input.isAutoRepeat) return null;
  const modifier = input.control || input.meta || input.alt || input.shift;
  if (input.key === 'F5' && !modifier) return 'toggle-presenting';
  if (input.key === 'Escape' && !modifier) return 'leave-full-screen';
  // Undo/redo keys are the page's (renderer useUndoShortcuts): only it knows whether a text
  // field has the focus, where they must undo the typing instead.
  return null;
}
