import { describe, expect, it } from 'vitest';
import { breakableUrl } from './breakableUrl';

describe('breakableUrl', () => {
  it('lets the address break after each slash and dot', () => {
    expect(breakableUrl('192.168.1.20:5173/j')).toBe('192.\u200B168.\u200B1.\u200B20:5173/\u200Bj');
  });

  it('reads the same without the break points', () => {
    const url = 'dialogrum.local:8080/deltag/abc';
    expect(breakableUrl(url).replaceAll('\u200B', '')).toBe(url);
  });
});
