import { describe, expect, it } from 'vitest';
import { formatRemaining, msUntilNextSecond } from './timerFormat';

describe('formatRemaining', () => {
  it('shows the full time at the start and counts whole seconds down', () => {
    expect(formatRemaining(10 * 60_000)).toBe('10:00');
    expect(formatRemaining(10 * 60_000 - 1)).toBe('10:00');
    expect(formatRemaining(10 * 60_000 - 1000)).toBe('09:59');
    expect(formatRemaining(61_500)).toBe('01:02');
    expect(formatRemaining(1)).toBe('00:01');
  });

  it('shows 00:00 at the end and the overrun with a plus after it', () => {
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(-999)).toBe('00:00');
    expect(formatRemaining(-1000)).toBe('+00:01');
    expect(formatRemaining(-(12 * 60_000 + 34_000 + 500))).toBe('+12:34');
  });

  it('keeps long points in minutes', () => {
    expect(formatRemaining(90 * 60_000)).toBe('90:00');
    expect(formatRemaining(125 * 60_000)).toBe('125:00');
  });
});

describe('msUntilNextSecond', () => {
  it('waits exactly until the shown value changes', () => {
    for (const remaining of [61_500, 1, 999, 1000, 0, -1, -300, -1000, -2750]) {
      const wait = msUntilNextSecond(remaining);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(1000);
      // Just before the wait, the display is unchanged; at the end of it, it has changed.
      expect(formatRemaining(remaining - wait + 1)).toBe(formatRemaining(remaining));
      expect(formatRemaining(remaining - wait)).not.toBe(formatRemaining(remaining));
    }
  });
});
