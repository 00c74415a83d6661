import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/document/format';
import {
  EXPECTED_ACTIONS_DA,
  EXPECTED_HEADERS_DA,
} from '../../test/fixtures/exports/expectedActions';
import { FIXTURE_FILE } from '../../test/fixtures/exports/goldenCases';
import { exportWorkshop } from './exportWorkshop';
import { sheetName } from './exportXlsx';

const workshop = parseDocument(fs.readFileSync(FIXTURE_FILE, 'utf8')).workshop;
const generatedAt = new Date(Date.UTC(2026, 10, 25, 12));

async function readBack(perOrganisation: boolean): Promise<ExcelJS.Workbook> {
  const { bytes } = await exportWorkshop(workshop, 'xlsx', {
    language: 'da',
    generatedAt,
    today: '2026-11-25',
    perOrganisation,
  });
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer.
  const copy = new Uint8Array(bytes).buffer;
  await workbook.xlsx.load(copy);
  return workbook;
}

/** A row's cells as the test compares them: dates as yyyy-mm-dd, empty cells as ''. */
function cells(sheet: ExcelJS.Worksheet, rowNumber: number): string[] {
  const row = sheet.getRow(rowNumber);
  return EXPECTED_HEADERS_DA.map((_h, i) => {
    const value = row.getCell(i + 1).value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return value === null || value === undefined ? '' : String(value);
  });
}

describe('XLSX export, read back with exceljs', () => {
  it('holds the list cell by cell under Danish headers', async () => {
    const sheet = (await readBack(false)).getWorksheet('Handlinger');
    if (!sheet) throw new Error('no sheet "Handlinger"');
    expect(cells(sheet, 1)).toEqual(EXPECTED_HEADERS_DA);
    const rows = EXPECTED_ACTIONS_DA.map((_r, i) => cells(sheet, i + 2));
    expect(rows).toEqual(EXPECTED_ACTIONS_DA);
    expect(sheet.rowCount).toBe(EXPECTED_ACTIONS_DA.length + 1);
  });

  it('stores due and evaluation dates as dates shown dd-mm-yyyy; "next meeting" as text', async () => {
    const sheet = (await readBack(false)).getWorksheet('Handlinger');
    if (!sheet) throw new Error('no sheet');
    const due = sheet.getRow(2).getCell(4);
    expect(due.value).toEqual(new Date('2026-11-24T00:00:00Z'));
    expect(due.numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getRow(4).getCell(8).value).toEqual(new Date('2027-02-01T00:00:00Z'));
    expect(sheet.getRow(6).getCell(4).value).toBe('Næste møde');
  });

  it('has an autofilter, a frozen header row and set column widths', async () => {
    const sheet = (await readBack(false)).getWorksheet('Handlinger');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.autoFilter).toBe('A1:K7');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(48);
    expect(sheet.getColumn(4).width).toBe(13);
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it('adds a sheet per organisation with only its own actions', async () => {
    const workbook = await readBack(true);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Handlinger',
      'Organisationer',
      'Aalborg Universitetshospital',
      'Aalborg Kommune',
      'Lægehuset Vestergade',
      'Region Nordjylland',
      'Uden organisation',
    ]);
    const kommune = workbook.getWorksheet('Aalborg Kommune');
    if (!kommune) throw new Error('no sheet');
    expect([cells(kommune, 2)[0], cells(kommune, 3)[0]]).toEqual([
      'Udarbejde fælles tjekliste; "den gode udskrivelse"',
      'Afklare adgang til FMK for hjemmeplejen',
    ]);
    expect(kommune.rowCount).toBe(3);
    expect(cells(workbook.getWorksheet('Uden organisation')!, 2)[0]).toBe(
      'Finde midler til fælles opfølgningsopkald',
    );
  });

  it('keeps the workbook properties to the named time', async () => {
    const workbook = await readBack(false);
    expect(workbook.created).toEqual(generatedAt);
    expect(workbook.modified).toEqual(generatedAt);
    expect(workbook.creator).toBe('Dialogrum');
  });
});

describe('sheetName', () => {
  it("follows Excel's rules: 31 characters cut at a word, no \\ / ? * [ ] :, unique", () => {
    const taken = new Set<string>();
    expect(sheetName('Region: Nord/Syd', taken)).toBe('Region Nord Syd');
    expect(sheetName('Sundhed og Omsorg, Aarhus Kommune', taken)).toBe('Sundhed og Omsorg, Aarhus');
    expect(sheetName('Sundhed og Omsorg, Aarhus Kommune', taken)).toBe(
      'Sundhed og Omsorg, Aarhus (2)',
    );
    expect(sheetName('SUNDHED OG OMSORG, AARHUS', taken)).toBe('SUNDHED OG OMSORG, AARHUS (3)');
    expect(sheetName('Sekretariatet/koordinationsgruppen', taken)).toBe('Sekretariatet');
    // One word longer than 31 characters can only be cut inside it.
    expect(sheetName('Praksiskoordinationsudvalgssekretariatet', taken)).toBe(
      'Praksiskoordinationsudvalgssekr',
    );
    expect(sheetName('[]', taken)).toBe('Ark');
    expect(sheetName('History', taken)).toBe('History (2)');
  });
});

describe('per-organisation sheets with long and slashed names', () => {
  const long = 'Sundhed og Omsorg, Aarhus Kommune';
  const slashed = 'Sekretariatet/koordinationsgruppen';
  const bodies = [long, 'Sundhed og Omsorg, Aarhus Kommunes Akutteam', slashed, 'Region: Midt?'];

  it('reads back with valid, unique names and an index of the full names', async () => {
    const base = parseDocument(fs.readFileSync(FIXTURE_FILE, 'utf8')).workshop;
    const renamed = {
      ...base,
      participants: base.participants.map((p, i) => ({
        ...p,
        organisation: bodies[i] ?? p.organisation,
      })),
    };
    const { bytes } = await exportWorkshop(renamed, 'xlsx', {
      language: 'da',
      generatedAt,
      today: '2026-11-25',
      perOrganisation: true,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    const index = workbook.getWorksheet('Organisationer');
    if (!index) throw new Error('no index sheet');
    const rows: string[][] = [];
    index.eachRow((row) => rows.push([String(row.getCell(1).value), String(row.getCell(2).value)]));
    expect(rows[0]).toEqual(['Ark', 'Organisation']);
    const listed = new Map(rows.slice(1).map(([sheet, body]) => [body, sheet]));
    expect(listed.get(long)).toBe('Sundhed og Omsorg, Aarhus');
    expect(listed.get('Sundhed og Omsorg, Aarhus Kommunes Akutteam')).toBe(
      'Sundhed og Omsorg, Aarhus (2)',
    );
    expect(listed.get(slashed)).toBe('Sekretariatet');
    expect(listed.get('Region: Midt?')).toBe('Region Midt');
    // Every organisation sheet is listed, under the name it really has.
    expect([...listed.values()].sort()).toEqual(names.slice(2).sort());
  });
});
