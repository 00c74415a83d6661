/** Markdown building blocks: text typed in a meeting is shown as typed, never read as markup. */

/** Escape the characters that would start markup inside a line. */
export function mdInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, ' ')
    .trim();
}

/** One line that cannot start a list of its own: a list item's text, or a paragraph's line. */
export function mdItem(text: string): string {
  return mdInline(text)
    .replace(/^([-+])(\s)/, '\\$1$2')
    .replace(/^(\d+)\.(\s)/, '$1\\.$2');
}

/** A paragraph that keeps its line breaks (hard breaks), and cannot start a list or heading. */
export function mdParagraph(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(mdItem)
    .filter((line) => line !== '')
    .join('  \n');
}

/** A pipe table; cells may hold any text. */
export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(mdInline).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Join blocks with one blank line, leaving out empty ones. */
export function mdBlocks(blocks: readonly string[]): string {
  return blocks.filter((b) => b.trim() !== '').join('\n\n');
}
