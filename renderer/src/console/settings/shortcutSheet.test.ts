import { describe, expect, it } from 'vitest';
import { DEFAULT_KEY_MAP } from '../../../../shared/settings';
import { ROOM_KEYS, shortcutTable } from '../../common/shortcuts';
import { isNotesKey } from '../notes/notesKey';
import { recordScreenFor } from '../record/recordScreen';
import { killerKey, turnKey } from '../rooms/logic/keys';

const none = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };

/** "Alt+N" → the key event a keyboard sends for it (`code` as the handlers read it). */
function press(label: string) {
  const parts = label.split('+');
  const key = parts[parts.length - 1]!;
  return {
    ...none,
    altKey: parts.includes('Alt'),
    ctrlKey: parts.includes('Ctrl'),
    shiftKey: parts.includes('Shift'),
    key: parts.includes('Shift') ? key : key.toLowerCase(),
    code: /^[A-Z]$/.test(key) ? `Key${key}` : /^\d$/.test(key) ? `Digit${key}` : key,
  };
}

describe('the shortcut sheet lists the keys the handlers act on', () => {
  it('turn keys', () => {
    expect(turnKey(press(ROOM_KEYS.turnSpoke[0]))).toBe('spoke');
    expect(turnKey(press(ROOM_KEYS.turnPass[0]))).toBe('pass');
    expect(turnKey(press(ROOM_KEYS.turnSkip[0]))).toBe('skip');
  });

  it('idea killers 1–7, and not 8', () => {
    for (let n = 1; n <= 7; n++) expect(killerKey(press(String(n)))).toBe(n);
    expect(killerKey(press('8'))).toBeNull();
    expect(ROOM_KEYS.killer[0]).toBe('1–7');
  });

  it('the record screens', () => {
    expect(recordScreenFor(press(ROOM_KEYS.actionLog[0]))).toBe('log');
    expect(recordScreenFor(press(ROOM_KEYS.export[0]))).toBe('export');
  });

  it('the running point’s notes, and not with Ctrl or Shift as well', () => {
    expect(isNotesKey(press(ROOM_KEYS.notes[0]))).toBe(true);
    expect(isNotesKey(press('Ctrl+Alt+R'))).toBe(false);
    expect(isNotesKey(press('Alt+Shift+R'))).toBe(false);
    expect(isNotesKey(press('Alt+N'))).toBe(false);
  });

  it('every row of the sheet has an id the translations name', () => {
    const ids = shortcutTable(DEFAULT_KEY_MAP).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['turnPass', 'killer', 'actionLog', 'export']));
  });
});
