import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { notesMeeting, PROPOSAL_PROBLEM } from '../../shared/testing/notesMeeting';
import { exportWorkshop } from './exportWorkshop';

/** The document's paragraphs outside tables, as [style, text], bullets with their mark and tab. */
async function paragraphs(): Promise<[string, string][]> {
  const { bytes } = await exportWorkshop(notesMeeting(), 'docx', {
    language: 'da',
    generatedAt: new Date(Date.UTC(2026, 10, 19, 12)),
    today: '2026-11-19',
  });
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) => {
    const inner = p[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(br|tab)\/>/g)]
      .map((m) => (m[2] === 'br' ? '\n' : m[2] === 'tab' ? '\t' : (m[1] ?? '')))
      .join('')
      .replace(/&amp;/g, '&');
    return [/<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? '', text];
  });
}

/** The paragraphs from one "Ad N" heading up to the next level-2 heading. */
function section(all: [string, string][], heading: string): [string, string][] {
  const start = all.findIndex(([style, text]) => style === 'Heading2' && text.startsWith(heading));
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = all.findIndex(([style], i) => i > start && style === 'Heading2');
  return all.slice(start, end);
}

describe('a point’s notes in the Word minutes (read back)', () => {
  it('a welcome with notes only: heading, facts, the notes; no room headings', async () => {
    const ad1 = section(await paragraphs(), 'Ad 1.');
    expect(ad1).toEqual([
      ['Heading2', 'Ad 1. Velkomst og godkendelse af dagsorden'],
      ['', 'Fremlagt af: Mickael Grøne Bech'],
      ['', 'Formål: Orientering'],
      ['', expect.stringMatching(/^Tid: kl\. 9\.00–9\.10 · Planlagt 10 min\. · Brugt \d+ min\.$/)],
      [
        '',
        'Mickael Grøne Bech bød velkommen, og dagsordenen blev godkendt.\nReferat fra sidste møde blev godkendt uden bemærkninger.',
      ],
    ]);
  });

  it('puts paragraphs and bullets before the rooms’ work', async () => {
    const ad2 = section(await paragraphs(), 'Ad 2.');
    const texts = ad2.map(([style, text]) => `${style}|${text}`);
    const intro = texts.indexOf(
      '|Anette Schouv Kjeldsen introducerede forslaget til ny organisering af det tværsektorielle samarbejde.',
    );
    expect(intro).toBeGreaterThan(0);
    expect(texts.slice(intro + 1, intro + 6)).toEqual([
      '|Pointer fra mødet:',
      'ListBullet1|•\tDer er behov for tydelighed omkring roller og opgaver.',
      'ListBullet1|•\tModellen fordrer, at fællessekretariatet sikres et tydeligt mandat og ressourcer',
      'ListBullet1|•\tKompetenceudvikling/sidemandsoplæring på tværs – *ikke* kun på hospitalerne',
      'Heading3|Problemformulering',
    ]);
    expect(texts[intro + 6]).toBe(`|${PROPOSAL_PROBLEM}`);
  });

  it('a point with neither notes nor room work: heading and facts alone', async () => {
    expect(section(await paragraphs(), 'Ad 3.')).toEqual([
      ['Heading2', 'Ad 3. Eventuelt'],
      ['', 'Formål: Orientering'],
      ['', 'Tid: kl. 9.50–9.55 · Planlagt 5 min. · Ikke startet'],
    ]);
  });
});
