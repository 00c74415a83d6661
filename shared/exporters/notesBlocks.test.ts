import { describe, expect, it } from 'vitest';
import { notesBlocks } from './notesBlocks';

describe('a point’s notes as paragraphs and bullet lists', () => {
  it('reads a referat as typed: a welcome, an introduction, then the points made', () => {
    const notes = [
      'Mickael Grøne Bech bød velkommen, og dagsordenen blev godkendt.',
      '',
      'Anette Schouv Kjeldsen introducerede forslaget til ny organisering.',
      'Pointer fra mødet:',
      '• Der er behov for tydelighed omkring roller og opgaver.',
      '- Fællessekretariatet skal sikres et tydeligt mandat og ressourcer',
      '– Kompetenceudvikling/sidemandsoplæring på tværs',
      '',
      'Forslaget drøftes igen på næste møde.',
    ].join('\n');
    expect(notesBlocks(notes)).toEqual([
      {
        kind: 'paragraph',
        lines: ['Mickael Grøne Bech bød velkommen, og dagsordenen blev godkendt.'],
      },
      {
        kind: 'paragraph',
        lines: [
          'Anette Schouv Kjeldsen introducerede forslaget til ny organisering.',
          'Pointer fra mødet:',
        ],
      },
      {
        kind: 'bullets',
        items: [
          'Der er behov for tydelighed omkring roller og opgaver.',
          'Fællessekretariatet skal sikres et tydeligt mandat og ressourcer',
          'Kompetenceudvikling/sidemandsoplæring på tværs',
        ],
      },
      { kind: 'paragraph', lines: ['Forslaget drøftes igen på næste møde.'] },
    ]);
  });

  it('ends a list at a line that is not a bullet, even without a blank line', () => {
    expect(notesBlocks('* Datadeling\n* Klyngetelefon\nKonklusion: begge afprøves.')).toEqual([
      { kind: 'bullets', items: ['Datadeling', 'Klyngetelefon'] },
      { kind: 'paragraph', lines: ['Konklusion: begge afprøves.'] },
    ]);
  });

  it('keeps an indented line with the bullet above it', () => {
    expect(
      notesBlocks(
        '- At ad hoc grupperne i højere grad sammensættes af ressourcepersoner\n  ud fra kompetence',
      ),
    ).toEqual([
      {
        kind: 'bullets',
        items: [
          'At ad hoc grupperne i højere grad sammensættes af ressourcepersoner ud fra kompetence',
        ],
      },
    ]);
  });

  it('takes a pasted bullet with no space after it, but not a minus sign in front of a number', () => {
    expect(notesBlocks('•Sammedagsscreening\n-5 % genindlæggelser siden 2024')).toEqual([
      { kind: 'bullets', items: ['Sammedagsscreening'] },
      { kind: 'paragraph', lines: ['-5 % genindlæggelser siden 2024'] },
    ]);
  });

  it('drops empty bullets, blank lines and Windows line ends; no notes give no blocks', () => {
    expect(notesBlocks('•\r\n- \r\n\r\n   \r\nPsykiatri\r\n')).toEqual([
      { kind: 'paragraph', lines: ['Psykiatri'] },
    ]);
    expect(notesBlocks('')).toEqual([]);
    expect(notesBlocks('\n\n  \n')).toEqual([]);
  });
});
