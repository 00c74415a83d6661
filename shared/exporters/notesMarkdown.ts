import { mdBlocks, mdItem, mdParagraph } from './markdownText';
import type { NotesBlock } from './notesBlocks';

/** A point's notes in the Markdown minutes: paragraphs with their line breaks, and lists. */
export function notesMarkdown(blocks: readonly NotesBlock[]): string {
  return mdBlocks(
    blocks.map((block) =>
      block.kind === 'paragraph'
        ? mdParagraph(block.lines.join('\n'))
        : block.items.map((item) => `- ${mdItem(item)}`).join('\n'),
    ),
  );
}
