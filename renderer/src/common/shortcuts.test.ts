import { describe, expect, it } from 'vitest';
import { CLICKER_ACTIONS, DEFAULT_KEY_MAP } from '../../../shared/settings';
import { registerClickerHandler, runClicker } from './clicker';
import { clickerActionFor, keyLabel, shortcutTable } from './shortcuts';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('shortcuts', () => {
  it('maps the clicker keys, B in either case, and nothing with a modifier', () => {
    expect(clickerActionFor(press('PageDown'), DEFAULT_KEY_MAP)).toBe('next');
    expect(clickerActionFor(press('PageUp'), DEFAULT_KEY_MAP)).toBe('previous');
    expect(clickerActionFor(press('B'), DEFAULT_KEY_MAP)).toBe('blank');
    expect(clickerActionFor(press('b'), DEFAULT_KEY_MAP)).toBe('blank');
    expect(clickerActionFor(press('F5'), DEFAULT_KEY_MAP)).toBe('present');
    expect(clickerActionFor(press('Escape'), DEFAULT_KEY_MAP)).toBe('leave');
    expect(clickerActionFor(press('b', { ctrlKey: true }), DEFAULT_KEY_MAP)).toBeNull();
    expect(clickerActionFor(press('x'), DEFAULT_KEY_MAP)).toBeNull();
  });

  it('follows a changed key map, in the handlers and on the sheet alike', () => {
    const keyMap = { ...DEFAULT_KEY_MAP, next: 'ArrowRight' };
    expect(clickerActionFor(press('ArrowRight'), keyMap)).toBe('next');
    expect(clickerActionFor(press('PageDown'), keyMap)).toBeNull();
    const sheet = shortcutTable(keyMap);
    expect(sheet.find((s) => s.id === 'next')?.keys).toEqual(['ArrowRight']);
    for (const action of CLICKER_ACTIONS) expect(sheet.some((s) => s.id === action)).toBe(true);
  });

  it('writes keys the way a keyboard shows them', () => {
    expect(keyLabel('b')).toBe('B');
    expect(keyLabel('Escape')).toBe('Esc');
    expect(keyLabel(' ')).toBe('Space');
  });
});

describe('clicker registry', () => {
  it('asks the newest handler first and falls back when it declines', () => {
    const calls: string[] = [];
    const offRooms = registerClickerHandler((a) => (calls.push(`rooms:${a}`), true));
    const offTurns = registerClickerHandler((a) => (calls.push(`turns:${a}`), a === 'next'));
    expect(runClicker('next')).toBe(true);
    expect(runClicker('previous')).toBe(true);
    expect(calls).toEqual(['turns:next', 'turns:previous', 'rooms:previous']);
    offTurns();
    offRooms();
    expect(runClicker('next')).toBe(false);
  });
});
