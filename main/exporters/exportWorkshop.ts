import { serializeDocument } from '../../shared/document/format';
import { exportCsv, type CsvSeparator } from '../../shared/exporters/exportCsv';
import { exportIcs } from '../../shared/exporters/exportIcs';
import { exportMarkdown } from '../../shared/exporters/exportMarkdown';
import type { ExportLanguage } from '../../shared/exporters/exportStrings';
import { isoDateAt } from '../../shared/exporters/formatDates';
import { buildRecord, type WorkshopRecord } from '../../shared/exporters/record';
import type { Workshop } from '../../shared/model/workshop';
import { exportDocx } from './exportDocx';
import { EXPORT_MIME, type ExportFormat } from './exportFormats';
import { exportXlsx } from './exportXlsx';

export { EXPORT_FORMATS, EXPORT_MIME, type ExportFormat } from './exportFormats';

export interface ExportOptions {
  language: ExportLanguage;
  /** The one timestamp in the output (file metadata, calendar stamp, "made on"); all else is the workshop's. */
  generatedAt: Date;
  /** CSV only; `;` by default, so Danish Excel splits the columns. */
  separator?: CsvSeparator;
  /** xlsx: a sheet per organisation as well; docx: a page per organisation instead of the minutes. */
  perOrganisation?: boolean;
  /** yyyy-mm-dd that "past its date" is measured against; by default generatedAt's local date. */
  today?: string;
  /** json only: the revision written into the document (0 by default). */
  revision?: number;
}

export interface ExportResult {
  bytes: Uint8Array;
  /** A suggested file name (no directory), e.g. "Handlinger - Styregruppen - 2026-11-19.xlsx". */
  fileName: string;
  mime: string;
}

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  xlsx: '.xlsx',
  csv: '.csv',
  md: '.md',
  ics: '.ics',
  docx: '.docx',
  json: '.dialogrum',
};

/** A file name any of Windows, macOS and Linux accepts, from text typed in the app. */
export function safeFileStem(text: string): string {
  const clean = text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return clean || 'Workshop';
}

function fileName(record: WorkshopRecord, format: ExportFormat, perOrganisation: boolean): string {
  const s = record.strings.files;
  const title = safeFileStem(record.title).slice(0, 60).trim();
  if (format === 'json') return `${title}${EXTENSIONS.json}`;
  const byOrganisation = perOrganisation && (format === 'xlsx' || format === 'docx');
  const kind = byOrganisation
    ? s.perOrganisation
    : format === 'md' || format === 'docx'
      ? s.minutes
      : format === 'ics'
        ? s.calendar
        : s.actions;
  const parts = [kind, title, record.date].filter((p) => p !== '');
  return `${safeFileStem(parts.join(' - '))}${EXTENSIONS[format]}`;
}

function utf8(text: string): Uint8Array {
  const buffer = Buffer.from(text, 'utf8');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Export a workshop in one format. The same workshop and options give the same bytes. Runs on the
 * host (the zip formats need Node libraries); the renderer asks for it and saves the bytes.
 */
export async function exportWorkshop(
  workshop: Workshop,
  format: ExportFormat,
  options: ExportOptions,
): Promise<ExportResult> {
  const { generatedAt, language } = options;
  const today = options.today ?? isoDateAt(generatedAt.getTime(), generatedAt.getTimezoneOffset());
  const record = buildRecord(workshop, { language, today, now: generatedAt.getTime() });
  const perOrganisation = options.perOrganisation ?? false;
  const bytes = await (async (): Promise<Uint8Array> => {
    switch (format) {
      case 'csv':
        return utf8(exportCsv(record, options.separator ?? ';'));
      case 'md':
        return utf8(exportMarkdown(record));
      case 'ics':
        return utf8(exportIcs(record, generatedAt));
      case 'json':
        return utf8(serializeDocument(workshop, options.revision ?? 0, generatedAt));
      case 'xlsx':
        return exportXlsx(record, { generatedAt, perOrganisation });
      case 'docx':
        return exportDocx(record, { generatedAt, perOrganisation });
    }
  })();
  return { bytes, fileName: fileName(record, format, perOrganisation), mime: EXPORT_MIME[format] };
}
