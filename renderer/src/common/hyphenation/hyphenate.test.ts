import { describe, expect, it } from 'vitest';
import {
  hyphenate,
  loadHyphenation,
  SOFT_HYPHEN,
  withoutBreakPoints,
  ZERO_WIDTH_SPACE,
} from './hyphenate';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|').replaceAll(ZERO_WIDTH_SPACE, '^');

describe('hyphenate', () => {
  it('breaks Danish compounds only at Danish hyphenation points', async () => {
    await loadHyphenation('da');
    expect(shown(hyphenate('sundhedsstyregruppe', 'da'))).toBe('sund|heds|sty|re|grup|pe');
    expect(shown(hyphenate('Sundhedskoordinationsudvalget', 'da'))).toBe(
      'Sund|heds|ko|or|di|na|tions|ud|val|get',
    );
  });

  it('lets a slash-joined body break after the slash as well', async () => {
    await loadHyphenation('da');
    const text = hyphenate('Sekretariatet/koordinationsgruppen følger op', 'da');
    expect(shown(text)).toContain('tet/^ko|or');
    expect(withoutBreakPoints(text)).toBe('Sekretariatet/koordinationsgruppen følger op');
  });

  it('leaves short words and punctuation as they were', async () => {
    await loadHyphenation('da');
    expect(hyphenate('Sundhed og Omsorg, Aarhus Kommune', 'da')).toMatch(/^Sund.hed og Om.sorg, /u);
    expect(hyphenate('og at', 'da')).toBe('og at');
  });

  it('uses English patterns for English text', async () => {
    await loadHyphenation('en');
    expect(shown(hyphenate('coordination', 'en'))).toBe('co|or|di|na|tion');
  });
});
