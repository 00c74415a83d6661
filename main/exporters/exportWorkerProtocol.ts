import type { ExportFormat, ExportOptions, ExportResult } from './exportWorkshop';

/** Host thread → worker: one export. The date crosses as epoch ms (a Date would lose its zone offset). */
export interface WorkerTask {
  id: number;
  workshop: unknown;
  format: ExportFormat;
  generatedAt: number;
  options: Omit<ExportOptions, 'generatedAt'>;
}

export type WorkerReply =
  { id: number; ok: true; result: ExportResult } | { id: number; ok: false; message: string };
