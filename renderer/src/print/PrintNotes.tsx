import type { NotesBlock } from '../../../shared/exporters/notesBlocks';
import { useHyphenate } from '../common/hyphenation/useHyphenate';

/** A point's notes on paper: the secretary's paragraphs (line breaks kept) and bullet lists. */
export function PrintNotes({ blocks }: { blocks: readonly NotesBlock[] }) {
  const hy = useHyphenate();
  if (blocks.length === 0) return null;
  return (
    <div className="print-notes" data-testid="print-notes">
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i} className="print-text">
            {hy(block.lines.join('\n'))}
          </p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{hy(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
