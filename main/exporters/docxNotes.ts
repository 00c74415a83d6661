import type { Paragraph } from 'docx';
import type { NotesBlock } from '../../shared/exporters/notesBlocks';
import { bullets, para } from './docxParts';
import type { RawBlocks } from './docxRaw';

/** A point's notes in the Word minutes: a paragraph per paragraph (line breaks kept), and lists. */
export function notesParagraphs(raw: RawBlocks, blocks: readonly NotesBlock[]): Paragraph[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [para(block.lines.join('\n'))]
      : bullets(
          raw,
          block.items.map((text) => ({ text, level: 0 })),
        ),
  );
}
