import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyInput } from './keyboard';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  isAutoRepeat: false,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...extra,
});

describe('shortcutFor', () => {
  it('maps F5 and Esc, and leaves undo/redo keys to the page (text fields undo typing)', () => {
    expect(shortcutFor(key('F5'))).toBe('toggle-presenting');
    expect(shortcutFor(key('Escape'))).toBe('leave-full-screen');
    expect(shortcutFor(key('y', { control: true }))).toBeNull();
    expect(shortcutFor(key('z', { control: true }))).toBeNull();
  });

  it('ignores key-up, held keys, other keys and modified F5/Esc', () => {
    expect(shortcutFor(key('F5', { type: 'keyUp' }))).toBeNull();
    expect(shortcutFor(key('F5', { isAutoRepeat: true }))).toBeNull();
    expect(shortcutFor(key('F5', { control: true }))).toBeNull();
    expect(shortcutFor(key('Escape', { shift: true }))).toBeNull();
    expect(shortcutFor(key('y'))).toBeNull();
    expect(shortcutFor(key('y', { control: true, shift: true }))).toBeNull();
    expect(shortcutFor(key('z', { control: true }))).toBeNull();
  });

  it('follows a changed key map for present and leave', () => {
    const keys = { present: 'p', leave: 'q' };
    expect(shortcutFor(key('P', { shift: true }), keys)).toBe('toggle-presenting');
    expect(shortcutFor(key('p'), keys)).toBe('toggle-presenting');
    expect(shortcutFor(key('q'), keys)).toBe('leave-full-screen');
    expect(shortcutFor(key('F5'), keys)).toBeNull();
    expect(shortcutFor(key('Escape'), keys)).toBeNull();
  });
});
