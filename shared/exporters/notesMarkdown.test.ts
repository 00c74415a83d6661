import { describe, expect, it } from 'vitest';
import { notesMeeting } from '../testing/notesMeeting';
import { exportMarkdown } from './exportMarkdown';
import { buildRecord } from './record';

/** The Markdown of one "Ad N" section: from its heading to the next level-2 heading. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = md.indexOf('\n## ', start + 3);
  return md.slice(start, end === -1 ? undefined : end).trim();
}

describe('a point’s notes in the Markdown minutes', () => {
  const w = notesMeeting();
  const md = exportMarkdown(buildRecord(w, { language: 'da', today: '2026-11-19', now: 0 }));

  it('a welcome with notes only gives its heading, its facts and the notes; no empty headings', () => {
    expect(section(md, 'Ad 1.').split('\n')).toEqual([
      '## Ad 1. Velkomst og godkendelse af dagsorden',
      '',
      'Fremlagt af: Mickael Grøne Bech  ',
      'Formål: Orientering  ',
      expect.stringMatching(/^Tid: kl\. 9\.00–9\.10 · Planlagt 10 min\. · Brugt \d+ min\.$/),
      '',
      'Mickael Grøne Bech bød velkommen, og dagsordenen blev godkendt.  ',
      'Referat fra sidste møde blev godkendt uden bemærkninger.',
    ]);
  });

  it('puts the notes before the rooms’ work, bullets as a list, typed markup escaped', () => {
    const ad2 = section(md, 'Ad 2.');
    expect(ad2).toContain(
      [
        'Anette Schouv Kjeldsen introducerede forslaget til ny organisering af det tværsektorielle samarbejde.',
        '',
        'Pointer fra mødet:',
        '',
        '- Der er behov for tydelighed omkring roller og opgaver.',
        '- Modellen fordrer, at fællessekretariatet sikres et tydeligt mandat og ressourcer',
        '- Kompetenceudvikling/sidemandsoplæring på tværs – \\*ikke\\* kun på hospitalerne',
        '',
        '### Problemformulering',
      ].join('\n'),
    );
  });

  it('a point with neither notes nor room work is its heading and facts alone', () => {
    expect(section(md, 'Ad 3.').split('\n')).toEqual([
      '## Ad 3. Eventuelt',
      '',
      'Formål: Orientering  ',
      'Tid: kl. 9.50–9.55 · Planlagt 5 min. · Ikke startet',
    ]);
  });
});
