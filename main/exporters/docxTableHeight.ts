/**
 * Whether a Word table surely fits on one page, estimated from its text: only such a table is kept
 * together with the heading before it. A table marked "keep together" that is taller than a page
 * cannot be kept: Word and LibreOffice then push it to the next page and leave its heading alone
 * on a nearly blank one.
 */

/** Text height of an A4 page with 1-inch margins, in twips. */
const TEXT_HEIGHT = { portrait: 16838 - 2 * 1440, landscape: 11906 - 2 * 1440 } as const;

/** A line of 9.5 pt table text with its leading, in twips. */
const LINE = 240;
/** A character of 9.5 pt table text, generously (words wrap before the line is full). */
const CHAR = 110;
/** A cell's left and right margins together. */
const CELL_MARGINS = 216;

/** Lines a cell's text takes in a column `width` twips wide, typed line breaks included. */
function cellLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - CELL_MARGINS) / CHAR));
  return text
    .split(/\r\n?|\n/)
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** The table's estimated height, header row included, in twips. */
export function estimatedTableHeight(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): number {
  const rowHeight = (cells: readonly string[]) =>
    LINE * Math.max(1, ...cells.map((text, i) => cellLines(text, widths[i] ?? 0)));
  return [headers, ...rows].reduce((sum, cells) => sum + rowHeight(cells), 0);
}

/** At most three quarters of a page: room for the heading above it, and for the estimate's error. */
export function fitsOnPage(height: number, orientation: keyof typeof TEXT_HEIGHT): boolean {
  return height <= TEXT_HEIGHT[orientation] * 0.75;
}
