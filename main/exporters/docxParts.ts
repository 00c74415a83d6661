import { HeadingLevel, LineRuleType, Paragraph, TextRun } from 'docx';
import {
  BULLET_STYLES,
  bulletsXml,
  TABLE_STYLES,
  tableXml,
  type BulletItem,
  type RawBlocks,
} from './docxRaw';
import { estimatedTableHeight, fitsOnPage } from './docxTableHeight';

/** Small builders for the Word minutes: headings, labelled lines, bullets, simple tables. */

type Level = 1 | 2 | 3;
const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

export function heading(text: string, level: Level): Paragraph {
  return new Paragraph({ heading: LEVELS[level], children: [new TextRun(text)], keepNext: true });
}

/** Text runs that keep the typed line breaks. */
function runs(text: string, bold = false): TextRun[] {
  return text
    .split(/\r\n?|\n/)
    .map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
}

export function para(text: string, options: { italic?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: options.italic ? [new TextRun({ text, italics: true })] : runs(text),
  });
}

/** "Dato: 19. november 2026" with the label in bold. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(value)],
  });
}

/** A bulleted list, written as raw XML (one marker for the whole list). */
export function bullets(raw: RawBlocks, items: readonly BulletItem[]): Paragraph[] {
  return items.length === 0 ? [] : [raw.add(bulletsXml(items))];
}

export interface TableColumn {
  header: string;
  /** Share of the table's width, in per cent. */
  width: number;
}

/** Text width of an A4 page with docx's default 1-inch margins, in twips. */
export const TEXT_WIDTH = { portrait: 11906 - 2 * 1440, landscape: 16838 - 2 * 1440 } as const;
export type Orientation = keyof typeof TEXT_WIDTH;

const HEADER_FILL = 'D9E2F3';
const KEEP_TOGETHER_ROWS = 15;

/**
 * A full-width table whose header row repeats on every page, written as raw XML (see docxRaw.ts)
 * and standing in the document as a marker paragraph. Widths in twips, not per cent: LibreOffice
 * ignores percentage widths of cells.
 */
export function table(
  raw: RawBlocks,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  orientation: Orientation = 'portrait',
): Paragraph {
  const total = TEXT_WIDTH[orientation];
  const sum = columns.reduce((n, c) => n + c.width, 0);
  const widths = columns.map((c) => Math.floor((total * c.width) / sum));
  const headers = columns.map((c) => c.header);
  // A short table stays on one page (with the heading before it); a long one may break, and so
  // may a few rows of long texts.
  const keepTogether =
    rows.length <= KEEP_TOGETHER_ROWS &&
    fitsOnPage(estimatedTableHeight(headers, rows, widths), orientation);
  const xml = tableXml(headers, rows, { widths, headerFill: HEADER_FILL, keepTogether });
  return raw.add(xml);
}

/** The paragraph styles of the raw XML: table text a size smaller than body text, and bullets. */
export const RAW_PARAGRAPH_STYLES = [
  {
    id: TABLE_STYLES.text,
    name: 'Table Text',
    basedOn: 'Normal',
    run: { size: 19 },
    paragraph: { spacing: { after: 0 } },
  },
  {
    id: TABLE_STYLES.heading,
    name: 'Table Heading',
    basedOn: TABLE_STYLES.text,
    run: { bold: true },
  },
  ...BULLET_STYLES.map((id, level) => ({
    id,
    name: `List Bullet ${level + 1}`,
    basedOn: 'Normal',
    paragraph: {
      spacing: { after: 40 },
      indent: { left: 360 * (level + 2), hanging: 360 },
    },
  })),
];

/**
 * A section's last paragraph, 1 pt high. Word puts a paragraph after a table that ends a section;
 * at text size it spills onto a blank page of its own when the table fills its last page.
 */
export function sectionEnd(): Paragraph {
  return new Paragraph({
    children: [],
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
  });
}

/** Space after a table, which Word would otherwise glue to the next heading. */
export function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}
