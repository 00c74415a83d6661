import { describe, expect, it } from 'vitest';
import { clockText, isoDateAt, longDate, shortDate } from './recordDates';

describe('recordDates', () => {
  it('writes the long date as the minutes print it, in both languages', () => {
    expect(longDate('2026-11-25', 'da')).toBe('25. november 2026');
    expect(longDate('2026-03-01', 'da')).toBe('1. marts 2026');
    expect(longDate('2026-11-25', 'en')).toBe('25 November 2026');
    expect(longDate('', 'da')).toBe('');
    expect(longDate('25-11-2026', 'en')).toBe('');
  });

  it('writes table dates as dd-mm-yyyy in Danish and ISO in English', () => {
    expect(shortDate('2026-03-01', 'da')).toBe('01-03-2026');
    expect(shortDate('2026-03-01', 'en')).toBe('2026-03-01');
    expect(shortDate('', 'en')).toBe('');
  });

  it('writes times as "kl. 9.00" in Danish and "9:00" in English, ranges with a dash', () => {
    expect(clockText(9 * 60, 'da')).toBe('kl. 9.00');
    expect(clockText(13 * 60 + 5, 'da', 14 * 60)).toBe('kl. 13.05–14.00');
    expect(clockText(13 * 60 + 5, 'en', 14 * 60)).toBe('13:05–14:00');
  });

  it('reads an epoch time as a date in the meeting’s zone', () => {
    // 23.30 UTC on 24 November is already 25 November in Copenhagen (UTC+1, offset −60).
    const at = Date.UTC(2026, 10, 24, 23, 30);
    expect(isoDateAt(at, -60)).toBe('2026-11-25');
    expect(isoDateAt(at, 0)).toBe('2026-11-24');
  });
});
