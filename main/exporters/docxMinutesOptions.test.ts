// The minutes options in the Word minutes, read back from the file (the Markdown has the same
// cases in shared/exporters/minutesOptions.test.ts): the stored fixture, Styregruppen for
// sammenhængende patientforløb.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/document/format';
import type { MinutesOptions } from '../../shared/model/minutesOptions';
import type { Workshop } from '../../shared/model/workshop';
import { parseCommand, reduce } from '../../shared/reducer';
import { FIXTURE_FILE } from '../../test/fixtures/exports/goldenCases';
import { exportWorkshop } from './exportWorkshop';
import { readDocx, type DocxText } from './testing/docxText';

const workshop = parseDocument(fs.readFileSync(FIXTURE_FILE, 'utf8')).workshop;

async function docx(
  minutesOptions: Partial<MinutesOptions> = {},
  w: Workshop = workshop,
): Promise<DocxText> {
  const { bytes } = await exportWorkshop(w, 'docx', {
    language: 'da',
    generatedAt: new Date(Date.UTC(2026, 10, 25, 12)),
    today: '2026-11-25',
    minutesOptions,
  });
  return readDocx(bytes);
}

const texts = (d: DocxText) => d.paragraphs.map(([, t]) => t);
const headings = (d: DocxText, style: string) =>
  d.paragraphs.filter(([s]) => s === style).map(([, t]) => t);
const KILLER_TABLE = [
  ['Idédræber', 'Antal'],
  ['1. Det har vi prøvet', '1'],
  ['2. Det vil betyde mere arbejde', '1'],
  ['4. Det har vi ikke tid til', '1'],
];

describe('the Word minutes by default', () => {
  it('count the idea killers per room without a name, and leave out who wrote an idea', async () => {
    const d = await docx();
    expect(d.tables).toContainEqual(KILLER_TABLE);
    expect(texts(d)).toContain('Pr. rum: Det udviklende rum (3)');
    expect(d.all).not.toContain('Pr. person');
    expect(d.all).not.toContain('Erik Poulsen (1)');
    expect(d.all).not.toContain(' — fra ');
    expect(texts(d)).toContain('•Videoopkald mellem afsnit, hjemmepleje og borger (2 prikker)');
  });
});

describe('the minutes options in the Word minutes', () => {
  it('killers named: who said each one, beside the per-room count', async () => {
    const d = await docx({ killers: 'named' });
    expect(texts(d)).toContain('Pr. person: Erik Poulsen (1), Bo Madsen (1), Uden navn (1)');
    expect(texts(d)).toContain('Pr. rum: Det udviklende rum (3)');
  });

  it('killers omitted: no heading, no tally, no table', async () => {
    const d = await docx({ killers: 'omitted' });
    expect(headings(d, 'Heading2')).not.toContain('Idédræbere');
    expect(d.tables).not.toContainEqual(KILLER_TABLE);
    expect(d.all).not.toContain('Det har vi prøvet');
    expect(headings(d, 'Heading2').slice(-2)).toEqual(['Tid pr. punkt', 'Samlet handlingsliste']);
  });

  it('authors on, dots off: each idea with who it came from and no count', async () => {
    const d = await docx({ authors: true, dots: false });
    expect(texts(d)).toEqual(
      expect.arrayContaining([
        '•Den gode udskrivelsessamtale',
        '◦Fælles tjekliste til udskrivelsessamtalen — fra Anne Holm',
        '◦Egen læge får epikrisen samme dag — fra Carla Jensen',
        '•Videoopkald mellem afsnit, hjemmepleje og borger — fra Erik Poulsen',
        '•Hjemmeplejen får læseadgang til FMK — fra Bo Madsen',
      ]),
    );
    expect(d.all).not.toMatch(/\d+ prikk?e?r?\)/);
  });

  it('ideas clustered: only the cluster and its ideas, under the one point that has it', async () => {
    const d = await docx({ ideas: 'clustered' });
    const ideaHeadings = headings(d, 'Heading3').filter((h) => h === 'Idéer');
    expect(ideaHeadings).toHaveLength(1);
    const bullets = texts(d).filter((t) => /prik/.test(t));
    expect(bullets).toEqual([
      '•Den gode udskrivelsessamtale (4 prikker)',
      '◦Fælles tjekliste til udskrivelsessamtalen (1 prik)',
      '◦Egen læge får epikrisen samme dag (0 prikker)',
    ]);
  });

  it('ideas none: no idea heading anywhere, the rest of each point kept', async () => {
    const d = await docx({ ideas: 'none' });
    expect(headings(d, 'Heading3')).not.toContain('Idéer');
    expect(texts(d).filter((t) => /prik/.test(t))).toEqual([]);
    expect(headings(d, 'Heading3')).toContain('Konklusion');
    expect(texts(d)).toContain('•Kommunerne undersøger adgang til FMK for hjemmeplejen.');
  });

  it('evaluation off: the scored evaluation stays out of the minutes', async () => {
    const scored = reduce(
      workshop,
      parseCommand({
        type: 'evaluation.score',
        responseId: 'r1',
        formId: 'pataevaers',
        scores: { pt9: 4, pt16: 2 },
        fromPaper: true,
      }),
      { now: 1 },
    ).state;
    const on = await docx({}, scored);
    expect(headings(on, 'Heading2')).toContain('Evaluering af samarbejdet');
    const off = await docx({ evaluation: false }, scored);
    expect(headings(off, 'Heading2')).not.toContain('Evaluering af samarbejdet');
    expect(off.all).not.toContain('Møderne giver værdi');
  });
});
