import { describe, expect, it } from 'vitest';
import { bulletsXml, escapeXml, RawBlocks, tableXml } from './docxRaw';

describe('raw WordprocessingML', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a < b & "c" > d\u0007\u000b')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(escapeXml('tab\tand æøå')).toBe('tab\tand æøå');
  });

  it('keeps typed line breaks in cells and bullets', () => {
    const xml = tableXml(['H'], [['one\ntwo']], {
      widths: [1000],
      headerFill: 'FFFFFF',
      keepTogether: false,
    });
    expect(xml).toContain(
      '<w:t xml:space="preserve">one</w:t><w:br/><w:t xml:space="preserve">two</w:t>',
    );
    expect(bulletsXml([{ text: 'x\r\ny', level: 1 }])).toContain('◦</w:t><w:tab/>');
  });

  it('keeps a short table together and lets a long one break', () => {
    const rows = [['a'], ['b']];
    const kept = tableXml(['H'], rows, { widths: [1], headerFill: 'F', keepTogether: true });
    const free = tableXml(['H'], rows, { widths: [1], headerFill: 'F', keepTogether: false });
    // Header and all but the last row keep with the next.
    expect(kept.match(/<w:keepNext\/>/g)).toHaveLength(2);
    expect(free.match(/<w:keepNext\/>/g)).toHaveLength(1);
  });
});

describe('RawBlocks', () => {
  const marker = (i: number) =>
    `<w:p><w:r><w:t xml:space="preserve">DIALOGRUM-RAW-${i}-END</w:t></w:r></w:p>`;

  it('puts each block in place of its marker paragraph', () => {
    const raw = new RawBlocks();
    raw.add('<T1/>');
    raw.add('<T2/>');
    const doc = `<w:body><w:p><w:r><w:t>før</w:t></w:r></w:p>${marker(0)}<w:p/>${marker(1)}</w:body>`;
    expect(raw.fill(doc)).toBe(
      '<w:body><w:p><w:r><w:t>før</w:t></w:r></w:p><T1/><w:p/><T2/></w:body>',
    );
  });

  it('keeps the section break a marker paragraph carried', () => {
    const raw = new RawBlocks();
    raw.add('<T/>');
    const sect = '<w:pPr><w:sectPr><w:pgSz/></w:sectPr></w:pPr>';
    const doc = `<w:p>${sect}<w:r><w:t xml:space="preserve">DIALOGRUM-RAW-0-END</w:t></w:r></w:p>`;
    expect(raw.fill(doc)).toBe(`<T/><w:p>${sect}</w:p>`);
  });

  it('says so when a marker is missing', () => {
    const raw = new RawBlocks();
    raw.add('<T/>');
    expect(() => raw.fill('<w:body/>')).toThrow('Table 0 has no place in the document');
  });
});
