import { describe, expect, it } from 'vitest';
import { killerPhrase } from './killerPhrase';

describe('killerPhrase', () => {
  it('reads the method’s seven in Danish and English', () => {
    expect(killerPhrase(1, 'da', null)).toBe('Det har vi prøvet');
    expect(killerPhrase(5, 'en', null)).toBe("It doesn't work in practice");
  });

  it('reads the user’s own killers from the settings, and falls back across languages', () => {
    const settings = {
      customKillers: [{ id: 8, da: 'Det er ikke vores bord', en: '', signatures: [] }],
    };
    expect(killerPhrase(8, 'da', settings)).toBe('Det er ikke vores bord');
    expect(killerPhrase(8, 'en', settings)).toBe('Det er ikke vores bord');
  });

  it('is empty for a killer it does not know, or settings without any', () => {
    expect(killerPhrase(9, 'da', { language: 'da' })).toBe('');
    expect(killerPhrase(9, 'da', { customKillers: 'nonsense' })).toBe('');
  });
});
