import {
  ExportRequestSchema,
  type ExportFileResult,
  type ExportRequest,
} from '../../shared/exporters/exportRequest';
import { buildRecord } from '../../shared/exporters/record';
import type { Workshop } from '../../shared/model/workshop';
import type { Exporter } from './exportInWorker';
import { safeFileStem } from './exportWorkshop';

/** What the Electron shell provides: its save dialog, its PDF printer, and the disk. */
export interface SaveExportDeps {
  workshop: () => Promise<{ workshop: Workshop; revision: number }>;
  exporter: Exporter;
  /** The save dialog with a suggested name; the chosen path, or null when cancelled. */
  chooseFile: (suggestedName: string, extension: string) => Promise<string | null>;
  /** The print view (print.html) printed to PDF (Electron: webContents.printToPDF). */
  printPdf: (workshop: Workshop, request: ExportRequest) => Promise<Uint8Array>;
  writeFile: (file: string, bytes: Uint8Array) => Promise<void>;
  clock?: () => Date;
}

function pdfName(workshop: Workshop, request: ExportRequest, now: Date): string {
  const record = buildRecord(workshop, {
    language: request.language,
    today: now.toISOString().slice(0, 10),
  });
  const files = record.strings.files;
  const kind = request.perOrganisation ? files.perOrganisation : files.minutes;
  const title = safeFileStem(record.title).slice(0, 60).trim();
  return `${safeFileStem([kind, title, record.date].filter((p) => p !== '').join(' - '))}.pdf`;
}

/**
 * Electron's File › Export and the export screen's buttons: validate the request, export (in the
 * worker thread, or the print view for PDF), ask where to save under the suggested name, write.
 * The export runs first, so the dialog opens with the right name and the write follows at once.
 * Never throws: the console shows the outcome.
 */
export function createSaveExport(deps: SaveExportDeps) {
  const clock = deps.clock ?? (() => new Date());
  return async (payload: unknown): Promise<ExportFileResult> => {
    const parsed = ExportRequestSchema.safeParse(payload);
    if (!parsed.success) return { ok: false, message: 'Unknown export request' };
    const request = parsed.data;
    try {
      const { workshop, revision } = await deps.workshop();
      const generatedAt = clock();
      let bytes: Uint8Array;
      let fileName: string;
      if (request.format === 'pdf') {
        bytes = await deps.printPdf(workshop, request);
        fileName = pdfName(workshop, request, generatedAt);
      } else {
        const result = await deps.exporter.run(workshop, request.format, {
          language: request.language,
          generatedAt,
          separator: request.separator,
          perOrganisation: request.perOrganisation,
          revision,
        });
        ({ bytes, fileName } = result);
      }
      const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
      const file = await deps.chooseFile(fileName, extension);
      if (file === null) return { ok: true, saved: null };
      await deps.writeFile(file, bytes);
      return { ok: true, saved: file };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
