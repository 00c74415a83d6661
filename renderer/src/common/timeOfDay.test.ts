import { describe, expect, it } from 'vitest';
import { normaliseTimeOfDay } from './timeOfDay';

describe('normaliseTimeOfDay', () => {
  it('reads the usual ways of writing a time, 24-hour', () => {
    expect(normaliseTimeOfDay('9')).toBe('09:00');
    expect(normaliseTimeOfDay('9.30')).toBe('09:30');
    expect(normaliseTimeOfDay('930')).toBe('09:30');
    expect(normaliseTimeOfDay('09:30')).toBe('09:30');
    expect(normaliseTimeOfDay(' 14.05 ')).toBe('14:05');
    expect(normaliseTimeOfDay('23:59')).toBe('23:59');
  });

  it('keeps empty as "no time" and refuses the rest', () => {
    expect(normaliseTimeOfDay('')).toBe('');
    for (const bad of ['24:00', '9.60', '9 am', 'kl 9', '1234567', '9:3']) {
      expect(normaliseTimeOfDay(bad), bad).toBeNull();
    }
  });
});
