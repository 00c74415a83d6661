import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatSavedAt, plannedStarts } from './formatting';

describe('formatting', () => {
  it('writes dates in Danish and English without slipping a day', () => {
    // Punctuation varies with the ICU version; the words and their order do not.
    expect(formatDate('2026-11-26', 'da')).toMatch(/^torsdag (den )?26\. november 2026$/);
    expect(formatDate('2026-11-26', 'da', false)).toMatch(/^torsdag (den )?26\. november$/);
    expect(formatDate('2026-11-26', 'en')).toMatch(/^Thursday,? 26 November 2026$/);
    expect(formatDate('', 'da')).toBe('');
  });

  it('writes clock times on the 24-hour clock, Danish with a point', () => {
    expect(formatClock(9 * 60, 'da')).toBe('9.00');
    expect(formatClock(13 * 60 + 5, 'da')).toBe('13.05');
    expect(formatClock(13 * 60 + 5, 'en')).toBe('13:05');
    expect(formatClock(24 * 60 + 30, 'da')).toBe('0.30');
  });

  it('shows the save time with seconds', () => {
    const at = new Date(2026, 10, 26, 14, 2, 31);
    expect(formatSavedAt(at.toISOString())).toBe('14:02:31');
  });

  it('plans each point from the start time and the minutes before it', () => {
    expect(plannedStarts('09:00', [10, 30, 15])).toEqual([540, 550, 580]);
    expect(plannedStarts('', [10, 30])).toEqual([null, null]);
  });
});
