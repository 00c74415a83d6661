import { afterAll, describe, expect, it } from 'vitest';
import type { PrintViewRequest } from '../../shared/exporters/printViewQuery';
import { corpusActionList } from '../../test/fixtures/corpusActionList';
import { createFakeHost } from '../server/fakeHost';
import { startServer } from '../server/httpServer';
import { makeStaticFixture, rawGet } from '../server/testSupport';
import { organisationFiles } from './exportFileNames';
import { recordFor } from './exportWorkshop';
import { createExportService } from './exportService';
import { PdfPrintError, type PdfPrinter } from './pdfPrinter';

const workshop = corpusActionList(12);
const generatedAt = new Date('2026-11-25T12:00:00Z');
const TITLE = 'Direktørforum, Aarhus-klyngen';

/** A printer that remembers what it was asked for and "prints" its request as the PDF. */
function fakePrinter(): PdfPrinter & { asked: PrintViewRequest[] } {
  const asked: PrintViewRequest[] = [];
  return {
    asked,
    async print(_workshop, request) {
      asked.push(request);
      return new TextEncoder().encode(`%PDF-1.7 ${JSON.stringify(request)}`);
    },
  };
}

const service = createExportService({ printer: fakePrinter() });
afterAll(() => service.close());

describe('the export service', () => {
  it('serves every export and every door (HTTP, direct) from one worker thread', async () => {
    const host = createFakeHost();
    await host.handlers.dispatch({ type: 'workshop.update', title: 'Styregruppe for udskrivelse' });
    const fixture = await makeStaticFixture();
    const server = await startServer({ host, staticDir: fixture.root, exports: service });
    try {
      const csv = await service.export(workshop, { format: 'csv', language: 'da', generatedAt });
      expect(csv.map((f) => f.fileName)).toEqual([`Handlinger - ${TITLE} - 2026-03-12.csv`]);
      const [md] = await service.export(workshop, { format: 'md', language: 'en', generatedAt });
      expect(new TextDecoder().decode(md?.bytes)).toContain('Sundhed og Omsorg, Aarhus Kommune');
      const download = await rawGet(server.port, '/export?format=ics');
      expect(download.status).toBe(200);
      expect(download.body).toContain('BEGIN:VCALENDAR');
      expect(service.workerStarts).toBe(1);
    } finally {
      await server.close();
      await fixture.done();
    }
    // The server was handed the service: closing the server leaves it working, on the same thread.
    const [json] = await service.export(workshop, { format: 'json', language: 'da', generatedAt });
    expect(json?.fileName).toBe(`${TITLE}.dialogrum`);
    expect(service.workerStarts).toBe(1);
  }, 60_000);

  it('writes a docx per organisation as a file each, named for the organisation', async () => {
    const files = await service.export(workshop, {
      format: 'docx',
      language: 'da',
      generatedAt,
      perOrganisation: true,
      filePerOrganisation: true,
    });
    const expected = organisationFiles(recordFor(workshop, { language: 'da', generatedAt }));
    expect(expected).toHaveLength(5);
    expect(files.map((f) => f.fileName)).toEqual(expected.map((f) => `${f.stem}.docx`));
    expect(files.map((f) => f.fileName)).toContain(
      `Handlinger for Center for Diabetes, Hjerter- og Lungesygdomme, Københavns Kommune - ${TITLE} - 2026-03-12.docx`,
    );
    for (const file of files) expect(Buffer.from(file.bytes.subarray(0, 2)).toString()).toBe('PK');
  }, 60_000);
});

describe('the export service’s PDF', () => {
  it('prints the minutes through the printer, with the minutes options, named like the docx', async () => {
    const printer = fakePrinter();
    const pdfs = createExportService({ printer });
    try {
      const [file] = await pdfs.export(workshop, {
        format: 'pdf',
        language: 'en',
        generatedAt,
        minutesOptions: { killers: 'named', dots: false },
      });
      expect(file?.fileName).toBe(`Minutes - ${TITLE} - 2026-03-12.pdf`);
      expect(file?.mime).toBe('application/pdf');
      expect(printer.asked).toEqual([
        {
          language: 'en',
          perOrganisation: false,
          organisation: null,
          minutesOptions: { killers: 'named', dots: false },
        },
      ]);
      // A PDF needs no worker thread.
      expect(pdfs.workerStarts).toBe(0);
    } finally {
      await pdfs.close();
    }
  });

  it('prints a file per organisation, each from its own page, the minutes options included', async () => {
    const printer = fakePrinter();
    const pdfs = createExportService({ printer });
    try {
      const files = await pdfs.export(workshop, {
        format: 'pdf',
        language: 'da',
        generatedAt,
        perOrganisation: true,
        filePerOrganisation: true,
        minutesOptions: { authors: true },
      });
      const expected = organisationFiles(recordFor(workshop, { language: 'da', generatedAt }));
      expect(files.map((f) => f.fileName)).toEqual(expected.map((f) => `${f.stem}.pdf`));
      expect(printer.asked.map((r) => r.organisation)).toEqual(
        expected.map((f) => f.group.organisation),
      );
      expect(printer.asked.map((r) => r.organisation)).toContain(
        'Styregrupperne på kommune-/hospitals-/klyngeniveau',
      );
      for (const request of printer.asked) {
        expect(request).toMatchObject({ perOrganisation: true, minutesOptions: { authors: true } });
      }
      // Into one file: every organisation's page.
      printer.asked.length = 0;
      const [one] = await pdfs.export(workshop, {
        format: 'pdf',
        language: 'da',
        generatedAt,
        perOrganisation: true,
      });
      expect(one?.fileName).toBe(`Handlinger pr. organisation - ${TITLE} - 2026-03-12.pdf`);
      expect(printer.asked).toEqual([
        { language: 'da', perOrganisation: true, organisation: null, minutesOptions: {} },
      ]);
    } finally {
      await pdfs.close();
    }
  });

  it('says clearly when the printer fails, and when there is none', async () => {
    const failing = createExportService({
      printer: {
        print: async () => {
          throw new Error('The print view did not finish drawing');
        },
      },
    });
    const job = { format: 'pdf', language: 'da', generatedAt } as const;
    try {
      await expect(failing.export(workshop, job)).rejects.toThrow(
        'The PDF could not be printed: The print view did not finish drawing',
      );
    } finally {
      await failing.close();
    }
    const none = createExportService();
    try {
      const refused = await none.export(workshop, job).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(PdfPrintError);
      expect(refused).toMatchObject({ unavailable: true, message: 'PDF cannot be printed here' });
    } finally {
      await none.close();
    }
  });
});
