import { describe, expect, it } from 'vitest';
import { translate, type StringTree } from './translate';

// Shaped like the app's strings (renderer/src/i18n, renderer/src/participant/i18n).
const da: StringTree = {
  me: 'Du er {{name}}',
  turns: { whose: '{{name}} har ordet' },
  dots: {
    left_one: '{{count}} prik tilbage af {{total}}',
    left_other: '{{count}} prikker tilbage af {{total}}',
  },
  actions: { heading_one: 'Handling', heading_other: 'Handlinger ({{count}})' },
  errors: { fields: { organisation: 'Organisation' } },
  time: { over: '{{time}} over tid' },
};
const en: StringTree = {
  evaluation: { send: 'Send ({{answered}} of {{total}} answered)' },
  dots: {
    left_one: '{{count}} dot left of {{total}}',
    left_other: '{{count}} dots left of {{total}}',
  },
};

describe('the app’s translator', () => {
  it('fills placeholders, a name with its hyphen and an organisation with its comma', () => {
    expect(translate(da, 'da-DK', 'me', { name: 'Annemarie Zacho-Broe' })).toBe(
      'Du er Annemarie Zacho-Broe',
    );
    expect(
      translate(da, 'da-DK', 'turns.whose', { name: 'Sundhed og Omsorg, Aarhus Kommune' }),
    ).toBe('Sundhed og Omsorg, Aarhus Kommune har ordet');
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
    expect(translate(da, 'da-DK', 'actions.heading', { count: 12 })).toBe('Handlinger (12)');
  });

  it('uses a plain key when it is asked with a count but has no plural forms', () => {
    expect(translate(da, 'da-DK', 'time.over', { count: 2, time: '+2:13' })).toBe('+2:13 over tid');
  });

  it('shows a missing key as itself, and a placeholder without a value as it is', () => {
    expect(translate(da, 'da-DK', 'errors.fields.heldBy')).toBe('errors.fields.heldBy');
    // A key that names a group of sentences is no sentence either.
    expect(translate(da, 'da-DK', 'turns')).toBe('turns');
    expect(translate(da, 'da-DK', 'turns.whose', {})).toBe('{{name}} har ordet');
  });

  it('puts a value in as written, even one that looks like a placeholder or a dollar sign', () => {
    expect(translate(da, 'da-DK', 'me', { name: '{{count}} $& $1' })).toBe('Du er {{count}} $& $1');
  });
});
