import type { CsvSeparator } from './exportCsv';
import type { Language } from '../languages';

/**
 * The console's side of an export request, without zod (the console page loads none): the
 * formats, the request's shape, its query string. The host validates the same request with
 * shared/exporters/exportRequest.ts, whose schema is built from these lists.
 *
 * `pdf` is the minutes' print view printed to PDF (Electron's printToPDF, the browser's print
 * dialog, or a headless Chromium from the command line); the others are written by
 * main/exporters/exportWorkshop.
 */
export const EXPORT_REQUEST_FORMATS = ['xlsx', 'csv', 'md', 'ics', 'docx', 'json', 'pdf'] as const;
export type ExportRequestFormat = (typeof EXPORT_REQUEST_FORMATS)[number];

/** One export as the console asks for it: the same shape over HTTP (browser mode) and IPC (Electron). */
export interface ExportRequestInput {
  format: ExportRequestFormat;
  /** Danish by default. */
  language?: Language;
  /** csv only; `;` by default. */
  separator?: CsvSeparator;
  /** xlsx: a sheet per organisation as well; docx and pdf: a page per organisation instead of the minutes. */
  perOrganisation?: boolean;
}

/** The query string of a browser-mode download, e.g. `format=csv&lang=da&sep=%2C&org=1`. */
export function exportQuery(request: ExportRequestInput): string {
  const params: [string, string][] = [['format', request.format]];
  if (request.language) params.push(['lang', request.language]);
  if (request.separator) params.push(['sep', request.separator]);
  if (request.perOrganisation) params.push(['org', '1']);
  return params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/** What is read from a query string (URLSearchParams has this; shared/ has no DOM or Node types). */
export interface QueryParams {
  get(name: string): string | null;
}

/** Electron's save of one export: the file written, or null when the user cancelled the dialog. */
export type ExportFileResult = { ok: true; saved: string | null } | { ok: false; message: string };

/** The IPC channel of `window.dialogrum.exportFile` (Electron only; browser mode downloads). */
export const EXPORT_FILE_CHANNEL = 'dialogrum:export';
