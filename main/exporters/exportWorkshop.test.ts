import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/document/format';
import { emptyWorkshop } from '../../shared/model/workshop';
import {
  exportCase,
  FIXTURE_FILE,
  GOLDEN_CASES,
  GOLDEN_DIR,
  GOLDEN_GENERATED_AT,
} from '../../test/fixtures/exports/goldenCases';
import { safeFileStem } from '../../shared/safeFileStem';
import { EXPORT_FORMATS, exportWorkshop } from './exportWorkshop';

const doc = parseDocument(fs.readFileSync(FIXTURE_FILE, 'utf8'));
const REGENERATE = 'node --import tsx test/fixtures/exports/writeFixtures.ts';

/**
 * A zip's entries as [name, date, content]: what xlsx and docx goldens are compared by, since the
 * deflated bytes depend on the zlib of the Node version (the same bytes twice is tested below).
 */
async function zipContents(bytes: Uint8Array): Promise<[string, string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(
    Object.values(zip.files).map(async (f): Promise<[string, string, string]> => [
      f.name,
      f.date.toISOString(),
      await f.async('string'),
    ]),
  );
}

describe('golden files', () => {
  it('cover every format', () => {
    expect(new Set(GOLDEN_CASES.map((c) => c.format))).toEqual(new Set(EXPORT_FORMATS));
  });

  for (const c of GOLDEN_CASES) {
    const zipped = c.format === 'xlsx' || c.format === 'docx';
    it(`${c.name} is what the fixture exports to${zipped ? ' (entry by entry)' : ' (byte for byte)'}`, async () => {
      const golden = fs.readFileSync(path.join(GOLDEN_DIR, c.name));
      const { bytes } = await exportCase(doc, c);
      // On a deliberate change: run `${REGENERATE}` and review the diff.
      const message = `${c.name} differs; see ${REGENERATE}`;
      if (zipped) expect(await zipContents(bytes), message).toEqual(await zipContents(golden));
      else expect(Buffer.from(bytes).equals(golden), message).toBe(true);
    });
  }
});

describe('exportWorkshop', () => {
  it('gives the same bytes for the same workshop, written later', async () => {
    const options = {
      language: 'da' as const,
      generatedAt: GOLDEN_GENERATED_AT,
      perOrganisation: true,
    };
    const all = () =>
      Promise.all(EXPORT_FORMATS.map((f) => exportWorkshop(doc.workshop, f, options)));
    const first = await all();
    // Zip dates have 2-second steps: wait past one, so a clock in the output would show.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await all();
    EXPORT_FORMATS.forEach((format, i) => {
      const same = Buffer.from(second[i]!.bytes).equals(Buffer.from(first[i]!.bytes));
      expect(same, format).toBe(true);
    });
  }, 30_000);

  it('changes only in the named timestamp when generatedAt changes (json, ics)', async () => {
    const later = new Date(Date.UTC(2027, 0, 2, 8, 30));
    const a = await exportWorkshop(doc.workshop, 'ics', {
      language: 'da',
      generatedAt: GOLDEN_GENERATED_AT,
      today: '2026-11-25',
    });
    const b = await exportWorkshop(doc.workshop, 'ics', {
      language: 'da',
      generatedAt: later,
      today: '2026-11-25',
    });
    const text = (r: typeof a) => Buffer.from(r.bytes).toString('utf8');
    expect(text(b)).toBe(
      text(a).replaceAll('DTSTAMP:20261125T120000Z', 'DTSTAMP:20270102T083000Z'),
    );
  });

  it('writes a .dialogrum that imports back to an equal workshop', async () => {
    const { bytes, fileName, mime } = await exportWorkshop(doc.workshop, 'json', {
      language: 'da',
      generatedAt: GOLDEN_GENERATED_AT,
      revision: doc.revision,
    });
    const back = parseDocument(Buffer.from(bytes).toString('utf8'));
    expect(back.workshop).toEqual(doc.workshop);
    expect(back.revision).toBe(doc.revision);
    expect(back.savedAt).toBe('2026-11-25T12:00:00.000Z');
    expect(fileName).toBe('Styregruppen for sammenhængende patientforløb, Nordjylland.dialogrum');
    expect(mime).toBe('application/json');
  });

  it('suggests a file name per format and language, with the meeting date', async () => {
    const names: Record<string, string> = {};
    for (const format of EXPORT_FORMATS) {
      const r = await exportWorkshop(doc.workshop, format, {
        language: 'en',
        generatedAt: GOLDEN_GENERATED_AT,
      });
      names[format] = r.fileName;
    }
    const title = 'Styregruppen for sammenhængende patientforløb, Nordjylland';
    expect(names).toEqual({
      xlsx: `Actions - ${title} - 2026-11-19.xlsx`,
      csv: `Actions - ${title} - 2026-11-19.csv`,
      md: `Minutes - ${title} - 2026-11-19.md`,
      ics: `Calendar - ${title} - 2026-11-19.ics`,
      docx: `Minutes - ${title} - 2026-11-19.docx`,
      json: `${title}.dialogrum`,
    });
  });

  it('exports an empty workshop in every format without failing', async () => {
    const empty = emptyWorkshop('tom');
    for (const format of EXPORT_FORMATS) {
      for (const perOrganisation of [false, true]) {
        const r = await exportWorkshop(empty, format, {
          language: 'da',
          generatedAt: GOLDEN_GENERATED_AT,
          perOrganisation,
        });
        expect(r.bytes.length, format).toBeGreaterThan(0);
        expect(r.fileName).toMatch(/Workshop/);
      }
    }
  });

  it('makes file names every system accepts', () => {
    expect(safeFileStem('Møde: 1/2 "plan"?')).toBe('Møde 1 2 plan');
    expect(safeFileStem('  ...  ')).toBe('Workshop');
    expect(safeFileStem('Slut.')).toBe('Slut');
  });
});
