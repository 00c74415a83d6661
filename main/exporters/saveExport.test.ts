import { describe, expect, it } from 'vitest';
import { emptyWorkshop } from '../../shared/model/workshop';
import type { Exporter } from './exportInWorker';
import { exportWorkshop } from './exportWorkshop';
import { createSaveExport } from './saveExport';

const workshop = { ...emptyWorkshop('w1'), title: 'Styregruppen', date: '2026-11-19' };
const exporter: Exporter = { run: exportWorkshop, close: async () => {} };
const AT = new Date('2026-11-25T12:00:00Z');

function setup(choice: string | null) {
  const written: { file: string; bytes: Uint8Array }[] = [];
  const asked: string[] = [];
  const save = createSaveExport({
    workshop: async () => ({ workshop, revision: 3 }),
    exporter,
    chooseFile: async (name) => {
      asked.push(name);
      return choice;
    },
    printPdf: async () => new TextEncoder().encode('%PDF-1.7 fake'),
    writeFile: async (file, bytes) => {
      written.push({ file, bytes });
    },
    clock: () => AT,
  });
  return { save, written, asked };
}

describe('saving an export in Electron', () => {
  it('suggests the export’s name and writes its bytes where the user chose', async () => {
    const { save, written, asked } = setup('/home/anne/handlinger.csv');
    const result = await save({ format: 'csv', separator: ',' });
    expect(result).toEqual({ ok: true, saved: '/home/anne/handlinger.csv' });
    expect(asked).toEqual(['Handlinger - Styregruppen - 2026-11-19.csv']);
    expect(new TextDecoder().decode(written[0]!.bytes)).toContain('Hvad,Hvem');
  });

  it('prints a PDF through the print view, named like the minutes', async () => {
    const { save, written, asked } = setup('/tmp/x.pdf');
    await save({ format: 'pdf', language: 'en', perOrganisation: true });
    expect(asked).toEqual(['Actions by organisation - Styregruppen - 2026-11-19.pdf']);
    expect(new TextDecoder().decode(written[0]!.bytes)).toMatch(/^%PDF-/);
  });

  it('writes nothing when the dialog is cancelled, and refuses a bad request', async () => {
    const { save, written } = setup(null);
    expect(await save({ format: 'json' })).toEqual({ ok: true, saved: null });
    expect(written).toEqual([]);
    expect(await save({ format: 'exe' })).toEqual({ ok: false, message: 'Unknown export request' });
  });
});
