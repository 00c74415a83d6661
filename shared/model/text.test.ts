import { describe, expect, it } from 'vitest';
import { ActionSchema } from './actions';
import { IdeaSchema } from './ideas';
import { IDEA_MAX, WORKSHOP_TITLE_MAX } from './textLimits';
import { normaliseText, userText } from './text';
import { WorkshopSchema } from './workshop';

describe('normaliseText', () => {
  it('composes to NFC', () => {
    expect(normaliseText('Ærø og Cafe\u0301')).toBe('Ærø og Café');
    expect(normaliseText('Cafe\u0301')).toHaveLength(4);
  });

  it('removes bidi embeddings, overrides and isolates', () => {
    expect(normaliseText('abc\u202Edef\u202C')).toBe('abcdef');
    expect(normaliseText('\u2066x\u2069\u202A\u202B\u202D\u2067\u2068')).toBe('x');
  });

  it('removes zero-width spaces, word joiners and BOMs, and trims what is left', () => {
    expect(normaliseText('\uFEFF Møde\u200B i\u2060 dag \u200B')).toBe('Møde i dag');
  });

  it('empties a text of nothing but zero-width characters and space', () => {
    expect(normaliseText('\u200B\u200C\u200D \u2060\uFEFF')).toBe('');
  });

  it('keeps joiners inside text (an emoji family is one sequence)', () => {
    const family = '👩\u200D👩\u200D👧';
    expect(normaliseText(` ${family} `)).toBe(family);
  });
});

describe('userText', () => {
  it('counts the limit after normalising', () => {
    const schema = userText(4);
    expect(schema.parse('Cafe\u0301')).toBe('Café');
    expect(schema.parse('\u202Eab\u200Bcd\u202C')).toBe('abcd');
    expect(schema.safeParse('abcde').success).toBe(false);
  });

  it('lets .min(1) refuse a text that normalises to nothing', () => {
    const schema = userText(10).min(1);
    expect(schema.safeParse('\u200B\u200D').success).toBe(false);
    expect(schema.safeParse('\u202E').success).toBe(false);
  });

  it('reports a too-long text with its path and limit', () => {
    const result = WorkshopSchema.shape.title.safeParse('x'.repeat(WORKSHOP_TITLE_MAX + 1));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'too_big', maximum: WORKSHOP_TITLE_MAX });
  });
});

describe('the model uses it', () => {
  it('an idea of only zero-width characters is refused; a bidi override is dropped', () => {
    const idea = { id: 'i', pointId: 'p', authorId: null, clusterId: null, createdAt: 0 };
    expect(IdeaSchema.safeParse({ ...idea, text: '\u200B\u200B' }).success).toBe(false);
    expect(IdeaSchema.parse({ ...idea, text: 'Tværfaglig\u202E tavle' }).text).toBe(
      'Tværfaglig tavle',
    );
    expect(IdeaSchema.safeParse({ ...idea, text: 'x'.repeat(IDEA_MAX + 1) }).success).toBe(false);
  });

  it('an optional text of zero-width characters becomes empty', () => {
    const what = ActionSchema.shape.ownerOrganisation.parse('\u200B');
    expect(what).toBe('');
  });
});
