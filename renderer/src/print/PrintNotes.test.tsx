import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { buildRecord } from '../../../shared/exporters/record';
import { notesMeeting, PROPOSAL_PROBLEM } from '../../../shared/testing/notesMeeting';
import { PrintMinutes } from './PrintMinutes';

// Hyphenation loads its patterns in the browser; here the words are what is looked at.
vi.mock('../common/hyphenation/useHyphenate', () => ({
  useHyphenate: () => (text: string) => text,
}));

/** The print view's HTML of each "Ad N" point (the article the PDF is printed from). */
function points(): string[] {
  const record = buildRecord(notesMeeting(), { language: 'da', today: '2026-11-19' });
  const html = renderToStaticMarkup(<PrintMinutes record={record} />);
  return [...html.matchAll(/<article class="print-point"[\s\S]*?<\/article>/g)].map((m) => m[0]);
}

describe('a point’s notes in the print view (PDF)', () => {
  it('a welcome with notes only: the notes under the facts, no room headings', () => {
    const ad1 = points()[0] ?? '';
    expect(ad1).toContain('<h2>Ad 1. Velkomst og godkendelse af dagsorden</h2>');
    expect(ad1).toContain(
      '<div class="print-notes" data-testid="print-notes"><p class="print-text">Mickael Grøne Bech bød velkommen, og dagsordenen blev godkendt.\nReferat fra sidste møde blev godkendt uden bemærkninger.</p></div>',
    );
    expect(ad1).not.toContain('<h3>');
  });

  it('puts paragraphs and a list before the rooms’ work', () => {
    const ad2 = points()[1] ?? '';
    expect(ad2).toContain(
      '<p class="print-text">Pointer fra mødet:</p><ul><li>Der er behov for tydelighed omkring roller og opgaver.</li><li>Modellen fordrer, at fællessekretariatet sikres et tydeligt mandat og ressourcer</li><li>Kompetenceudvikling/sidemandsoplæring på tværs – *ikke* kun på hospitalerne</li></ul></div>',
    );
    expect(ad2.indexOf('print-notes')).toBeLessThan(ad2.indexOf('<h3>Problemformulering</h3>'));
    expect(ad2).toContain(PROPOSAL_PROBLEM);
  });

  it('a point with neither notes nor room work: heading and facts alone', () => {
    const ad3 = points()[2] ?? '';
    expect(ad3).toContain('<h2>Ad 3. Eventuelt</h2>');
    expect(ad3).not.toContain('<h3>');
    expect(ad3).not.toContain('print-notes');
    expect(ad3).not.toContain('print-section');
  });
});
