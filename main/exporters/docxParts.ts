import {
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

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
function runs(text: string, bold = false, size?: number): TextRun[] {
  return text.split(/\r\n?|\n/).map(
    (line, i) =>
      new TextRun({
        text: line,
        bold,
        ...(size ? { size } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
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

export function bullet(text: string, level = 0, bold = false): Paragraph {
  return new Paragraph({ bullet: { level }, children: runs(text, bold) });
}

export interface TableColumn {
  header: string;
  /** Share of the table's width, in per cent. */
  width: number;
}

/** Text width of an A4 page with docx's default 1-inch margins, in twips. */
export const TEXT_WIDTH = { portrait: 11906 - 2 * 1440, landscape: 16838 - 2 * 1440 } as const;
export type Orientation = keyof typeof TEXT_WIDTH;

/** Table text a size smaller than body text (half-points). */
const TABLE_TEXT_SIZE = 19;

const HEADER_FILL = 'D9E2F3';
const KEEP_TOGETHER_ROWS = 15;

function cell(text: string, width: number, header: boolean, keepNext: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
    children: [
      new Paragraph({
        spacing: { after: 0 },
        keepNext,
        children: runs(text, header, TABLE_TEXT_SIZE),
      }),
    ],
  });
}

/**
 * A full-width table whose header row repeats on every page. Widths in twips, not per cent:
 * LibreOffice ignores percentage widths of cells.
 */
export function table(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  orientation: Orientation = 'portrait',
): Table {
  const total = TEXT_WIDTH[orientation];
  const sum = columns.reduce((n, c) => n + c.width, 0);
  const widths = columns.map((c) => Math.floor((total * c.width) / sum));
  // A short table stays on one page (with the heading before it); a long one may break.
  const keep = rows.length <= KEEP_TOGETHER_ROWS;
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c.header, widths[i] ?? 0, true, true)),
      }),
      ...rows.map(
        (r, n) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((_c, i) =>
              cell(r[i] ?? '', widths[i] ?? 0, false, keep && n < rows.length - 1),
            ),
          }),
      ),
    ],
  });
}

/** Space after a table, which Word would otherwise glue to the next heading. */
export function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}
