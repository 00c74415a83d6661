import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { scoredMeeting } from '../../shared/evaluation/scoredMeeting';
import { runningWorkshop } from '../../shared/testing/fixture';
import { exportWorkshop } from './exportWorkshop';

const options = {
  language: 'da' as const,
  generatedAt: new Date(Date.UTC(2026, 10, 25, 12)),
  today: '2026-11-25',
};

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  return book;
}

describe('the evaluation in the xlsx and docx exports', () => {
  it('adds a sheet of raw anonymous scores to the workbook, only when there are any', async () => {
    const book = await workbook((await exportWorkshop(scoredMeeting(), 'xlsx', options)).bytes);
    const sheet = book.getWorksheet('Evalueringssvar');
    expect(sheet).toBeDefined();
    const values = (n: number) => (sheet!.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Svar-id', 'Skema', 'Par', 'Spørgsmål', 'Score']);
    expect(sheet!.actualRowCount).toBe(1 + 9);
    expect(values(2)).toEqual([
      'r-a',
      'Evaluering af samarbejdet (PÅ TVÆRS)',
      '',
      '9. Møderne giver værdi i forhold til de ressourcer, der bruges på dem',
      5,
    ]);
    const empty = await workbook((await exportWorkshop(runningWorkshop(), 'xlsx', options)).bytes);
    expect(empty.getWorksheet('Evalueringssvar')).toBeUndefined();
  });

  it('writes the evaluation section into the Word minutes', async () => {
    const { bytes } = await exportWorkshop(scoredMeeting(), 'docx', options);
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Evaluering af samarbejdet');
    expect(xml).toContain('PÅ TVÆRS: 2 svar, anonyme.');
    expect(xml).toContain('Relationel koordinering');
    expect(xml).toContain('Kommune → Hospital');
    expect(xml).toContain('+1,0');
  });
});
