import { describe, expect, it } from 'vitest';
import da from './da.json';
import en from './en.json';
import { translate } from './translate';

describe('the phone page translator', () => {
  it('fills placeholders, the name of a person with their hyphen and all', () => {
    expect(translate(da, 'da-DK', 'me', { name: 'Marianne Østergaard-Kristiansen' })).toBe(
      'Du er Marianne Østergaard-Kristiansen',
    );
    expect(translate(en, 'en-GB', 'evaluation.send', { answered: 3, total: 8 })).toBe(
      'Send (3 of 8 answered)',
    );
  });

  it('says one dot and many dots the way each language does', () => {
    expect(translate(da, 'da-DK', 'dots.left', { count: 1, total: 3 })).toBe('1 prik tilbage af 3');
    expect(translate(da, 'da-DK', 'dots.left', { count: 0, total: 3 })).toBe(
      '0 prikker tilbage af 3',
    );
    expect(translate(en, 'en-GB', 'dots.left', { count: 2, total: 3 })).toBe('2 dots left of 3');
  });

  it('shows a missing key as itself, and a placeholder without a value as it is', () => {
    expect(translate(da, 'da-DK', 'no.such.key')).toBe('no.such.key');
    // A key that names a group of sentences is no sentence either.
    expect(translate(da, 'da-DK', 'waiting')).toBe('waiting');
    expect(translate(da, 'da-DK', 'turns.whose', {})).toBe('{{name}} har ordet');
  });
});
