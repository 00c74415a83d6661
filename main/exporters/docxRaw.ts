import { Paragraph, TextRun } from 'docx';

/**
 * Tables written as WordprocessingML text rather than as docx objects. The docx library builds
 * an object per run, property and attribute: a list of 5,000 actions took half a minute and a
 * gigabyte. A table here is a string, put in place of a marker paragraph when the document is
 * written (RawBlocks.fill on word/document.xml).
 */

/** XML 1.0 allows no control characters but tab and line ends; text typed in a meeting may hold some. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Paragraph styles the raw XML uses (defined in docxParts.ts): the paragraphs need no properties of their own. */
export const TABLE_STYLES = { text: 'TableText', heading: 'TableHeading' } as const;
export const BULLET_STYLES = ['ListBullet1', 'ListBullet2'] as const;

export interface BulletItem {
  text: string;
  /** 0 or 1: an idea, or an idea in a cluster. */
  level: number;
  bold?: boolean;
}

const BULLET_MARKS = ['•', '◦'] as const;

/**
 * A bulleted list as paragraphs with a bullet character and a hanging indent: the look of a
 * Word list without Word's numbering definitions, which only the docx library can number.
 */
export function bulletsXml(items: readonly BulletItem[]): string {
  return items
    .map((item) => {
      const level = Math.min(1, Math.max(0, item.level));
      const props = item.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
      const lines = item.text
        .split(/\r\n?|\n/)
        .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
        .join('<w:br/>');
      return `<w:p><w:pPr><w:pStyle w:val="${BULLET_STYLES[level]}"/></w:pPr><w:r>${props}<w:t>${BULLET_MARKS[level]}</w:t><w:tab/>${lines}</w:r></w:p>`;
    })
    .join('');
}

/** A cell's paragraph, keeping typed line breaks. */
function paragraphXml(text: string, style: string, keepNext: boolean): string {
  const lines = text
    .split(/\r\n?|\n/)
    .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`);
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${keepNext ? '<w:keepNext/>' : ''}</w:pPr><w:r>${lines.join('<w:br/>')}</w:r></w:p>`;
}

export interface RawTableOptions {
  /** Column widths in twips. */
  widths: readonly number[];
  headerFill: string;
  /** Keep the rows on one page with what follows (short tables). */
  keepTogether: boolean;
}

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} ${BORDER}/>`)
  .join('');

/**
 * A full-width table, its header row repeated on each page, rows never split across pages. The
 * widths are in the grid and the header row; body cells carry only their text (a long list is
 * megabytes of XML, so every repeated byte counts).
 */
export function tableXml(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: RawTableOptions,
): string {
  const { widths, headerFill, keepTogether } = options;
  const total = widths.reduce((a, b) => a + b, 0);
  const head = headers
    .map(
      (h, i) =>
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/><w:shd w:val="clear" w:color="auto" w:fill="${headerFill}"/></w:tcPr>${paragraphXml(h, TABLE_STYLES.heading, true)}</w:tc>`,
    )
    .join('');
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${head}</w:tr>`,
  ];
  rows.forEach((row, n) => {
    const keepNext = keepTogether && n < rows.length - 1;
    let cells = '';
    for (let i = 0; i < widths.length; i++) {
      cells += `<w:tc>${paragraphXml(row[i] ?? '', TABLE_STYLES.text, keepNext)}</w:tc>`;
    }
    parts.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`);
  });
  parts.push('</w:tbl>');
  return parts.join('');
}

/** Raw blocks waiting for their place in the document: each stands as a marker paragraph. */
export class RawBlocks {
  private readonly blocks: string[] = [];

  /** A marker paragraph to put in the document where `xml` belongs. */
  add(xml: string): Paragraph {
    this.blocks.push(xml);
    return new Paragraph({ children: [new TextRun(this.marker(this.blocks.length - 1))] });
  }

  /** Put each block in place of its marker paragraph in word/document.xml. */
  fill(documentXml: string): string {
    const out: string[] = [];
    let from = 0;
    this.blocks.forEach((block, index) => {
      const at = documentXml.indexOf(this.marker(index), from);
      const start = at < 0 ? -1 : documentXml.lastIndexOf('<w:p>', at);
      const end = at < 0 ? -1 : documentXml.indexOf('</w:p>', at);
      if (start < from || end < 0) throw new Error(`Table ${index} has no place in the document`);
      out.push(documentXml.slice(from, start), block);
      // The last paragraph of a section carries the section's properties: keep them.
      const paragraph = documentXml.slice(start, end);
      const sectionBreak = /<w:pPr>.*<w:sectPr.*<\/w:pPr>/s.exec(paragraph);
      if (sectionBreak) out.push(`<w:p>${sectionBreak[0]}</w:p>`);
      from = end + '</w:p>'.length;
    });
    out.push(documentXml.slice(from));
    return out.join('');
  }

  private marker(index: number): string {
    return `DIALOGRUM-RAW-${index}-END`;
  }
}
