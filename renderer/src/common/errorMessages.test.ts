import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import danish from '../i18n/da.json';
import english from '../i18n/en.json';
import type { TFunction } from '../i18n/i18n';
import { errorText } from './errorMessages';

const da: TFunction = (key, values) => translate(danish, 'da-DK', key, values);
const en: TFunction = (key, values) => translate(english, 'en-GB', key, values);

describe('errorText', () => {
  it('names a too-long field and its limit in the user’s language', () => {
    const error = {
      code: 'invalid-command' as const,
      details: { field: 'title', limit: 200, length: 336 },
    };
    expect(errorText(error, da)).toContain('Titel: højst 200 tegn (du skrev 336)');
    expect(errorText(error, en)).toContain('Title: at most 200 characters (you wrote 336)');
  });

  it('names a required field left empty', () => {
    const error = { code: 'invalid-command' as const, details: { field: 'name', required: 1 } };
    expect(errorText(error, da)).toMatch(/^Navn: skal udfyldes/);
  });

  it('names a limit that was reached, by the last part of its path', () => {
    const error = {
      code: 'limit-reached' as const,
      details: { field: 'evaluation.ownQuestions', limit: 30 },
    };
    expect(errorText(error, da)).toMatch(/^Egne spørgsmål: der kan højst være 30/);
    expect(errorText(error, en)).toMatch(/^Own questions: there can be at most 30/);
  });

  it('names a full group of a pair exercise, as the host refuses a fifth member', () => {
    const error = {
      code: 'limit-reached' as const,
      details: { field: 'exercise.groupMembers', limit: 4 },
    };
    expect(errorText(error, da)).toMatch(/^Personer i en gruppe: der kan højst være 4/);
    expect(errorText(error, en)).toMatch(/^People in a group: there can be at most 4/);
  });

  it('falls back to the code’s message when the field is unknown or not given', () => {
    expect(errorText({ code: 'invalid-command', details: { field: 'type' } }, da)).toBe(
      da('errors.invalid-command'),
    );
    expect(errorText({ code: 'not-found' }, en)).toBe(en('errors.not-found'));
  });
});
