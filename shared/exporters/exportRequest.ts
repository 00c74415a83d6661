import { z } from 'zod';
import { CSV_SEPARATORS } from './exportCsv';
import { EXPORT_LANGUAGES } from './exportStrings';

/**
 * Every format a user can ask for. `pdf` is the minutes' print view printed to PDF (Electron's
 * printToPDF, the browser's print dialog, or a headless Chromium from the command line); the
 * others are written by main/exporters/exportWorkshop.
 */
export const EXPORT_REQUEST_FORMATS = ['xlsx', 'csv', 'md', 'ics', 'docx', 'json', 'pdf'] as const;
export type ExportRequestFormat = (typeof EXPORT_REQUEST_FORMATS)[number];

/** One export as the console asks for it: the same shape over HTTP (browser mode) and IPC (Electron). */
export const ExportRequestSchema = z.strictObject({
  format: z.enum(EXPORT_REQUEST_FORMATS),
  language: z.enum(EXPORT_LANGUAGES).default('da'),
  separator: z.enum(CSV_SEPARATORS).default(';'),
  /** xlsx: a sheet per organisation as well; docx and pdf: a page per organisation instead of the minutes. */
  perOrganisation: z.boolean().default(false),
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;
export type ExportRequestInput = z.input<typeof ExportRequestSchema>;

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

/** Read a query string back into a request; null when it is not a valid one. */
export function parseExportQuery(params: QueryParams): ExportRequest | null {
  const org = params.get('org');
  const parsed = ExportRequestSchema.safeParse({
    format: params.get('format') ?? undefined,
    language: params.get('lang') ?? undefined,
    separator: params.get('sep') ?? undefined,
    perOrganisation: org === null ? undefined : org === '1',
  });
  return parsed.success ? parsed.data : null;
}

/** Electron's save of one export: the file written, or null when the user cancelled the dialog. */
export type ExportFileResult = { ok: true; saved: string | null } | { ok: false; message: string };

/** The IPC channel of `window.dialogrum.exportFile` (Electron only; browser mode downloads). */
export const EXPORT_FILE_CHANNEL = 'dialogrum:export';
