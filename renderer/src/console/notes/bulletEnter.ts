/** A bullet at the start of a line, as notesBlocks (shared/exporters/notesBlocks.ts) reads one. */
const MARKER = /^\s*(?:•\s*|[-–*](?:\s+|$))/u;

export interface Edited {
  text: string;
  caret: number;
}

/**
 * Enter in the notes, as a word processor does it: on a bullet line, the next line starts with
 * the same bullet; on a bullet with nothing after it, the bullet goes and the list ends. Null
 * anywhere else (Enter then makes a plain line break).
 */
export function bulletEnter(text: string, caret: number): Edited | null {
  const start = text.lastIndexOf('\n', caret - 1) + 1;
  const newline = text.indexOf('\n', caret);
  const line = text.slice(start, newline === -1 ? text.length : newline);
  const marker = MARKER.exec(line)?.[0];
  if (marker === undefined || caret < start + marker.length) return null;
  if (line.slice(marker.length).trim() === '') {
    return { text: text.slice(0, start) + text.slice(start + line.length), caret: start };
  }
  const next = `\n${/\s$/.test(marker) ? marker : `${marker} `}`;
  return { text: text.slice(0, caret) + next + text.slice(caret), caret: caret + next.length };
}
