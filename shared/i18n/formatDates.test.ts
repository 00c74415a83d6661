import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatSavedAt, formatShortDay } from './formatDates';

describe('formatDates', () => {
  it('writes dates in Danish and English without slipping a day', () => {
    // Punctuation varies with the ICU version; the words and their order do not.
    expect(formatDate('2026-11-26', 'da')).toMatch(/^torsdag (den )?26\. november 2026$/);
    expect(formatDate('2026-11-26', 'da', false)).toMatch(/^torsdag (den )?26\. november$/);
    expect(formatDate('2026-11-26', 'en')).toMatch(/^Thursday,? 26 November 2026$/);
    expect(formatDate('', 'da')).toBe('');
  });

  it('writes the day without the year as Intl does, every day of two years', () => {
    const differ: string[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const [y, m, d] = iso.split('-').map(Number);
      const day = new Date(y!, m! - 1, d);
      const options = { weekday: 'long', day: 'numeric', month: 'long' } as const;
      // Some ICU versions write "torsdag den 12. marts"; Chromium's does not.
      const da = new Intl.DateTimeFormat('da-DK', options).format(day).replace(' den ', ' ');
      const en = new Intl.DateTimeFormat('en-GB', options).format(day).replace(',', '');
      if (formatDate(iso, 'da', false) !== da) differ.push(`${iso} da`);
      if (formatDate(iso, 'en', false) !== en) differ.push(`${iso} en`);
    }
    expect(differ).toEqual([]);
    expect(formatDate('2026-03-12', 'da', false)).toBe('torsdag 12. marts');
    expect(formatDate('2026-03-12', 'en', false)).toBe('Thursday 12 March');
  });

  it('writes a compact date for the projector and leaves a non-date as typed', () => {
    expect(formatShortDay('2026-11-26', 'da')).toMatch(/^26\. nov\.? 2026$/);
    expect(formatShortDay('2026-11-26', 'en')).toMatch(/^26 Nov 2026$/);
    expect(formatShortDay('næste møde', 'da')).toBe('næste møde');
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
    expect(formatSavedAt('not a time')).toBe('');
  });
});
