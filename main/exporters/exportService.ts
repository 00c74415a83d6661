import type { CsvSeparator } from '../../shared/exporters/exportCsv';
import type { ExportRequestFormat } from '../../shared/exporters/exportQuery';
import type { Language } from '../../shared/languages';
import type { PrintViewRequest } from '../../shared/exporters/printViewQuery';
import type { MinutesOptions } from '../../shared/model/minutesOptions';
import type { Workshop } from '../../shared/model/workshop';
import { organisationFiles, suggestedFileName } from './exportFileNames';
import { createWorkerExporter, type Exporter, type findWorkerFile } from './exportInWorker';
import { recordFor, type ExportResult } from './exportWorkshop';
import { PdfPrintError, type PdfPrinter } from './pdfPrinter';

/** One export, as every door into it (HTTP, IPC, the command line) asks for it. */
export interface ExportJob {
  format: ExportRequestFormat;
  language: Language;
  /** The one timestamp in the output (file metadata, calendar stamp, "made on"). */
  generatedAt: Date;
  /** csv only; `;` by default. */
  separator?: CsvSeparator;
  /** xlsx: a sheet per organisation as well; docx and pdf: a page per organisation instead of the minutes. */
  perOrganisation?: boolean;
  /** docx and pdf per organisation: a file for each organisation instead of one file. */
  filePerOrganisation?: boolean;
  /** md, docx and pdf: over the workshop's saved minutes options (the command line's flags). */
  minutesOptions?: Partial<MinutesOptions>;
  /** json only: the revision written into the document. */
  revision?: number;
}

export interface ExportService {
  /** The file(s) with their suggested names: one, or one per organisation. */
  export(workshop: Workshop, job: ExportJob): Promise<ExportResult[]>;
  /** How many worker threads this service has started (one, unless one crashed or idled out). */
  readonly workerStarts: number;
  close(): Promise<void>;
}

const PDF_MIME = 'application/pdf';

/**
 * The host's one way to export, whichever door the request came in by: the formats the export
 * worker writes (one thread per process, owned here), and the PDF through whichever printer the
 * host has (headless Chromium, or Electron's printToPDF). Created once where the host is composed
 * (main/serve.ts, main/electron/main.ts, the command line) and handed to its adapters.
 */
export function createExportService(
  options: {
    /** Prints the print view; without one a PDF is refused as unavailable. */
    printer?: PdfPrinter;
    /** The worker's code (tests, the benchmark's built worker); found beside the bundle by default. */
    workerFile?: ReturnType<typeof findWorkerFile>;
    /** Instead of the worker thread (tests). */
    exporter?: Exporter;
  } = {},
): ExportService {
  const exporter: Exporter & { readonly starts?: number } =
    options.exporter ?? createWorkerExporter(options.workerFile);

  const print = async (workshop: Workshop, request: PrintViewRequest): Promise<Uint8Array> => {
    const printer = options.printer;
    if (!printer) throw new PdfPrintError('PDF cannot be printed here', { unavailable: true });
    try {
      return await printer.print(workshop, request);
    } catch (error) {
      if (error instanceof PdfPrintError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new PdfPrintError(`The PDF could not be printed: ${reason}`);
    }
  };

  const exportPdf = async (workshop: Workshop, job: ExportJob): Promise<ExportResult[]> => {
    // On this thread: only the names and the organisations are needed, no exporter.
    const record = recordFor(workshop, job);
    const perOrganisation = job.perOrganisation ?? false;
    const request = {
      language: job.language,
      perOrganisation,
      organisation: null,
      minutesOptions: job.minutesOptions ?? {},
    };
    // Without actions, the one file that says so.
    if (perOrganisation && job.filePerOrganisation && record.organisations.length > 0) {
      const results: ExportResult[] = [];
      for (const { group, stem } of organisationFiles(record)) {
        const bytes = await print(workshop, { ...request, organisation: group.organisation });
        results.push({ bytes, fileName: `${stem}.pdf`, mime: PDF_MIME });
      }
      return results;
    }
    const bytes = await print(workshop, request);
    return [{ bytes, fileName: suggestedFileName(record, 'pdf', perOrganisation), mime: PDF_MIME }];
  };

  return {
    get workerStarts() {
      return exporter.starts ?? 0;
    },
    async export(workshop, job) {
      if (job.format === 'pdf') return exportPdf(workshop, job);
      const { format, ...rest } = job;
      return exporter.run(workshop, format, rest);
    },
    close: () => exporter.close(),
  };
}
