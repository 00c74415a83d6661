import { describe, expect, it } from 'vitest';
import { initialLanguage } from './phoneLanguage';

const store = (value: string | null) => ({
  getItem: () => value,
  setItem: () => undefined,
  removeItem: () => undefined,
});

describe('initialLanguage', () => {
  it('follows the browser: English when it asks for English first, Danish otherwise', () => {
    expect(initialLanguage(null, ['en-GB', 'da'])).toBe('en');
    expect(initialLanguage(null, ['da-DK', 'en'])).toBe('da');
    expect(initialLanguage(null, ['de-DE', 'en-US'])).toBe('en');
    expect(initialLanguage(null, ['de-DE'])).toBe('da');
    expect(initialLanguage(null, [])).toBe('da');
  });

  it("keeps the participant's own choice", () => {
    expect(initialLanguage(store('en'), ['da-DK'])).toBe('en');
    expect(initialLanguage(store('fr'), ['da-DK'])).toBe('da');
  });
});
