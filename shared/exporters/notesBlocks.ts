/**
 * A point's notes (the secretary's own words for the minutes) as blocks: paragraphs and bullet
 * lists, which every minutes format shows in its own way. The notes are plain text as typed in a
 * text area, so the rules are those of a typed page, not of Markdown:
 *
 * - a line that starts with `•`, or with `-`, `–` or `*` and a space, is a bullet; bullet lines
 *   next to each other are one list;
 * - an indented line right after a bullet goes on with that bullet (a bullet typed over two lines);
 * - other lines next to each other are one paragraph, their line breaks kept;
 * - a blank line ends a paragraph or a list.
 */

export type NotesBlock =
  { kind: 'paragraph'; lines: string[] } | { kind: 'bullets'; items: string[] };

// `•` needs no space after it (pasted bullets often have none); `-` does, or "-5 grader" would
// be a bullet.
const BULLET = /^\s*(?:•|[-–*](?:\s|$))\s*(.*)$/u;
const INDENTED = /^[ \t]+\S/;

export function notesBlocks(notes: string): NotesBlock[] {
  const blocks: NotesBlock[] = [];
  // The block that the next line may join; null after a blank line.
  let open: NotesBlock | null = null;
  for (const raw of notes.split(/\r\n?|\n/)) {
    const line = raw.trim();
    if (line === '') {
      open = null;
      continue;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) {
      const item = (bullet[1] ?? '').trim();
      // A marker with nothing after it is not an item; it still keeps the list open.
      if (open?.kind !== 'bullets') blocks.push((open = { kind: 'bullets', items: [] }));
      if (item !== '') open.items.push(item);
    } else if (open?.kind === 'bullets' && INDENTED.test(raw) && open.items.length > 0) {
      const last = open.items.length - 1;
      open.items[last] = `${open.items[last]} ${line}`;
    } else if (open?.kind === 'paragraph') {
      open.lines.push(line);
    } else {
      blocks.push((open = { kind: 'paragraph', lines: [line] }));
    }
  }
  return blocks.filter((b) => (b.kind === 'bullets' ? b.items.length > 0 : true));
}
