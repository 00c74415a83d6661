type KeyInfo = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * Alt+R (Referat): to the running point's notes, also from inside another field. Read from the
 * physical key, as the turn keys are, since Alt changes the character on some layouts (macOS).
 */
export function isNotesKey(e: KeyInfo): boolean {
  return e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyR';
}
