import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/document/format';
import { FIXTURE_FILE } from '../../test/fixtures/exports/goldenCases';
import { exportEachOrganisation, exportWorkshop } from './exportWorkshop';
import { readDocx, type DocxText } from './testing/docxText';

const workshop = parseDocument(fs.readFileSync(FIXTURE_FILE, 'utf8')).workshop;
const generatedAt = new Date(Date.UTC(2026, 10, 25, 12));

async function openDocx(perOrganisation: boolean): Promise<DocxText> {
  const { bytes } = await exportWorkshop(workshop, 'docx', {
    language: 'da',
    generatedAt,
    today: '2026-11-25',
    perOrganisation,
  });
  return readDocx(bytes);
}

const headings = (d: DocxText, style: string) =>
  d.paragraphs.filter(([s]) => s === style).map(([, t]) => t);

describe('DOCX minutes (unzipped)', () => {
  it('follow the structure of the minutes: facts, participants, roles, "Ad" points, killers, time', async () => {
    const d = await openDocx(false);
    expect(headings(d, 'Heading1')).toEqual([
      'Referat: Styregruppen for sammenhængende patientforløb, Nordjylland',
    ]);
    expect(headings(d, 'Heading2')).toEqual([
      'Deltagere',
      'Dagsorden',
      'Ad 1. Udskrivelse af ældre medicinske patienter',
      'Ad 2. Medicin i overgangen til eget hjem',
      'Ad 3. Fælles opfølgningsopkald efter udskrivelse',
      'Idédræbere',
      'Tid pr. punkt',
      'Samlet handlingsliste',
    ]);
    const texts = d.paragraphs.map(([, t]) => t);
    expect(texts).toContain('Dato: 19. november 2026');
    expect(texts).toContain('Tidspunkt: kl. 9.00–10.45');
    expect(texts).toContain('Mødeleder: Mette Sørensen');
    expect(texts).toContain('Sekretariat: Jonas Holm');
    expect(texts).toContain('Fremlagt af: Anne Holm');
    // Bullets are a mark and a tab before the text.
    expect(texts).toContain('•Den gode udskrivelsessamtale (4 prikker)');
    // By default the minutes leave out who wrote an idea (docxMinutesOptions.test.ts turns it on).
    expect(texts).toContain('◦Fælles tjekliste til udskrivelsessamtalen (1 prik)');
    expect(d.paragraphs).toContainEqual([
      'ListBullet2',
      '◦Egen læge får epikrisen samme dag (0 prikker)',
    ]);
    expect(texts).toContain(
      '•Anne Holm: Udskrivelse før kl. 14 kan ikke garanteres på alle afsnit.',
    );
    expect(texts).toContain('•Kommunerne undersøger adgang til FMK for hjemmeplejen.');
    expect(headings(d, 'Heading3')).toContain('Konklusion');
  });

  it('list the participants with title and organisation, and AFBUD for regrets', async () => {
    const [participants] = (await openDocx(false)).tables;
    expect(participants?.[0]).toEqual(['Navn', 'Titel', 'Organisation', '']);
    expect(participants?.[6]).toEqual([
      'Fatima Ali',
      'Overlæge',
      'Regionshospital Nordjylland',
      'AFBUD',
    ]);
    expect(participants?.filter((r) => r[3] === 'AFBUD')).toHaveLength(1);
  });

  it('give each point its own actions, saying what is missing', async () => {
    const d = await openDocx(false);
    const ad3 = d.tables.find((t) => t[1]?.[0] === 'Finde midler til fælles opfølgningsopkald');
    expect(ad3).toEqual([
      ['Hvad', 'Hvem', 'Organisation', 'Hvornår', 'Status'],
      ['Finde midler til fælles opfølgningsopkald', 'Ingen ansvarlig', '', '31-01-2027', 'Åben'],
      [
        'Invitere patientforeningen til næste møde',
        'Dorte Nielsen',
        'Region Nordjylland',
        'Ingen frist',
        'Åben',
      ],
    ]);
    const all = d.tables.at(-1);
    expect(all?.[0]).toEqual([
      'Hvad',
      'Hvem',
      'Organisation',
      'Hvornår',
      'Status',
      'Dagsordenspunkt',
      'Mangler',
    ]);
    expect(all?.slice(1).map((r) => r[3])).toEqual([
      '24-11-2026',
      '15-12-2026',
      '05-01-2027',
      '31-01-2027',
      'Næste møde',
      'Ingen frist',
    ]);
    expect(all?.[3]?.[0]).toBe(
      'Afprøve videoopkald ved udskrivelse på to afsnit (Prøvehandling, evalueres 01-02-2027)',
    );
  });

  it('tally the idea killers and set planned against used time', async () => {
    const d = await openDocx(false);
    expect(d.tables).toContainEqual([
      ['Idédræber', 'Antal'],
      ['1. Det har vi prøvet', '1'],
      ['2. Det vil betyde mere arbejde', '1'],
      ['4. Det har vi ikke tid til', '1'],
    ]);
    expect(d.tables).toContainEqual([
      ['Punkt', 'Planlagt', 'Brugt'],
      ['Ad 1. Udskrivelse af ældre medicinske patienter', '40 min.', '45 min.'],
      ['Ad 2. Medicin i overgangen til eget hjem', '35 min.', '30 min.'],
      ['Ad 3. Fælles opfølgningsopkald efter udskrivelse', '30 min.', '35 min.'],
      ['I alt', '105 min.', '110 min.'],
    ]);
  });

  it('carry the named time, not the time of writing, in properties and zip entries', async () => {
    const { zip } = await openDocx(false);
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('>2026-11-25T12:00:00Z</dcterms:created>');
    expect(core).toContain('>2026-11-25T12:00:00Z</dcterms:modified>');
    for (const entry of Object.values(zip.files)) expect(entry.date).toEqual(generatedAt);
  });

  it('put every table in its place and keep the portrait minutes apart from the landscape list', async () => {
    const { zip } = await openDocx(false);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).not.toContain('DIALOGRUM-RAW');
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toContain('landscape');
    expect(sections[1]).toContain('w:orient="landscape"');
  });
});

describe('DOCX per organisation', () => {
  it('has a page per organisation with only its actions', async () => {
    const d = await openDocx(true);
    expect(headings(d, 'Heading1')).toEqual([
      'Handlinger for Aalborg Universitetshospital',
      'Handlinger for Aalborg Kommune',
      'Handlinger for Lægehuset Vestergade',
      'Handlinger for Region Nordjylland',
      'Handlinger for Uden organisation',
    ]);
    expect(d.tables.map((t) => t.slice(1).map((r) => r[0]))).toEqual([
      [
        'Udarbejde fælles tjekliste; "den gode udskrivelse"',
        'Afprøve videoopkald ved udskrivelse på to afsnit (Prøvehandling, evalueres 01-02-2027)',
      ],
      [
        'Udarbejde fælles tjekliste; "den gode udskrivelse"',
        'Afklare adgang til FMK for hjemmeplejen',
      ],
      ['Sende tal for medicinfejl ved overgange, 2025-2026'],
      [
        'Sende tal for medicinfejl ved overgange, 2025-2026',
        'Invitere patientforeningen til næste møde',
      ],
      ['Finde midler til fælles opfølgningsopkald'],
    ]);
    // One section per organisation, each starting on its own page.
    const xml = (await d.zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml.match(/<w:sectPr/g)).toHaveLength(5);
  });
});

describe('docx, a file per organisation', () => {
  it('gives each organisation its own file with only its own page', async () => {
    const workshop = parseDocument(fs.readFileSync(FIXTURE_FILE, 'utf8')).workshop;
    const files = await exportEachOrganisation(workshop, {
      language: 'da',
      generatedAt: new Date(Date.UTC(2026, 10, 25, 12)),
      today: '2026-11-25',
    });
    expect(files.map((f) => f.fileName.split(' - ')[0])).toEqual([
      'Handlinger for Aalborg Universitetshospital',
      'Handlinger for Aalborg Kommune',
      'Handlinger for Lægehuset Vestergade',
      'Handlinger for Region Nordjylland',
      'Handlinger for Uden organisation',
    ]);
    const kommune = files[1];
    if (!kommune) throw new Error('no file');
    const text = (await readDocx(kommune.bytes)).all;
    expect(text).toContain('Handlinger for Aalborg Kommune');
    expect(text).toContain('Afklare adgang til FMK for hjemmeplejen');
    expect(text).not.toContain('Handlinger for Region Nordjylland');
  });
});
