/** In a text field, digits and letters are typing, not shortcuts. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    target.type,
  );
}

type KeyInfo = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** 1–7 without modifiers (top row or keypad) picks an idea killer; null for anything else. */
export function killerKey(e: KeyInfo, count = 7): number | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  const n = m ? Number(m[1]) : /^[1-9]$/.test(e.key) ? Number(e.key) : null;
  return n !== null && n <= count ? n : null;
}

export type TurnKey = 'spoke' | 'pass' | 'skip';

/**
 * Alt+N next (spoke), Alt+P pass, Alt+S skip: they work while typing in the capture field.
 * Read from the physical key, since Alt changes the character on some layouts (macOS).
 */
export function turnKey(e: KeyInfo): TurnKey | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  switch (e.code) {
    case 'KeyN':
      return 'spoke';
    case 'KeyP':
      return 'pass';
    case 'KeyS':
      return 'skip';
    default:
      return null;
  }
}
