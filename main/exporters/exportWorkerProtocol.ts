import type { ExportFormat, ExportOptions, ExportResult } from './exportWorkshop';

/** Host thread → worker: one export. The date crosses as epoch ms (a Date would lose its zone offset). */
export interface WorkerTask {
  id: number;
  workshop: unknown;
  format: ExportFormat;
  generatedAt: number;
  options: Omit<ExportOptions, 'generatedAt'>;
}

/** Worker → host thread: the export's file(s) (a docx per organisation is several), or why not. */
export type WorkerReply =
  { id: number; ok: true; results: ExportResult[] } | { id: number; ok: false; message: string };
