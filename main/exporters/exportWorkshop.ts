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

function suggestedFileName(
  record: WorkshopRecord,
  format: ExportFormat,
  perOrganisation: boolean,
): string {
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

function recordFor(workshop: Workshop, options: ExportOptions): WorkshopRecord {
  const { generatedAt, language } = options;
  const today = options.today ?? isoDateAt(generatedAt.getTime(), generatedAt.getTimezoneOffset());
  return buildRecord(workshop, { language, today, now: generatedAt.getTime() });
}

/** `stem`, or `stem (2)`… when a name differing only in case is taken (case-insensitive disks). */
function uniqueStem(stem: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? stem : `${stem} (${n})`;
    const key = name.toLocaleLowerCase('da');
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
}

/**
 * docx per organisation as separate files, one for each organisation with only its actions
 * ("Handlinger for Aalborg Kommune - <title> - <date>.docx"), for handing each leader their own.
 * A workshop without actions gives the one file that says so.
 */
export async function exportEachOrganisation(
  workshop: Workshop,
  options: ExportOptions,
): Promise<ExportResult[]> {
  const record = recordFor(workshop, options);
  const docx = (r: WorkshopRecord) =>
    exportDocx(r, { generatedAt: options.generatedAt, perOrganisation: true });
  if (record.organisations.length === 0) {
    const fileName = suggestedFileName(record, 'docx', true);
    return [{ bytes: await docx(record), fileName, mime: EXPORT_MIME.docx }];
  }
  const title = safeFileStem(record.title).slice(0, 60).trim();
  const taken = new Set<string>();
  const results: ExportResult[] = [];
  for (const group of record.organisations) {
    const who = record.strings.minutes.actionsFor(safeFileStem(group.organisation).slice(0, 80));
    const stem = uniqueStem(
      safeFileStem([who, title, record.date].filter((p) => p !== '').join(' - ')),
      taken,
    );
    results.push({
      bytes: await docx({ ...record, organisations: [group] }),
      fileName: `${stem}${EXTENSIONS.docx}`,
      mime: EXPORT_MIME.docx,
    });
  }
  return results;
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
  const { generatedAt } = options;
  const record = recordFor(workshop, options);
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
  return {
    bytes,
    fileName: suggestedFileName(record, format, perOrganisation),
    mime: EXPORT_MIME[format],
  };
}
