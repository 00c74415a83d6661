import { describe, expect, it } from 'vitest';
import { emptyWorkshop } from '../model/workshop';
import { actionsMarkdown, exportMarkdown } from './exportMarkdown';
import { mdInline, mdParagraph, mdTable } from './markdownText';
import { buildRecord } from './record';

describe('Markdown text', () => {
  it('shows typed text as typed, never as markup', () => {
    expect(mdInline('*vigtigt* [link](x) <b> #1 a|b')).toBe(
      '\\*vigtigt\\* \\[link\\](x) \\<b\\> \\#1 a\\|b',
    );
    expect(mdParagraph('- ikke en liste\n2. heller ikke')).toBe(
      '\\- ikke en liste  \n2\\. heller ikke',
    );
  });

  it('keeps a table cell on one line and its pipes escaped', () => {
    expect(mdTable(['A', 'B'], [['x|y', 'to\nlinjer']])).toBe(
      '| A | B |\n| --- | --- |\n| x\\|y | to linjer |',
    );
  });
});

describe('Markdown of an empty workshop', () => {
  const record = buildRecord(emptyWorkshop('e'), { language: 'da', today: '2026-11-25' });

  it('has a title without a dangling colon and says there are no actions', () => {
    const md = exportMarkdown(record);
    expect(md.startsWith('# Referat\n')).toBe(true);
    expect(md).not.toContain('## Deltagere');
    expect(md).toContain('Ingen handlinger.');
    expect(actionsMarkdown(record)).toBe(
      '# Handlinger\n\nIngen handlinger.\n\n_Dannet af Dialogrum 25. november 2026._\n',
    );
  });
});
