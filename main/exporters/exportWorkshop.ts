import { serializeDocument } from '../../shared/document/format';
import { exportCsv, type CsvSeparator } from '../../shared/exporters/exportCsv';
import { exportIcs } from '../../shared/exporters/exportIcs';
import { exportMarkdown } from '../../shared/exporters/exportMarkdown';
import { isoDateAt } from '../../shared/i18n/recordDates';
import type { Language } from '../../shared/languages';
import { buildRecord, type WorkshopRecord } from '../../shared/exporters/record';
import type { MinutesOptions } from '../../shared/model/minutesOptions';
import type { Workshop } from '../../shared/model/workshop';
import { EXTENSIONS, organisationFiles, suggestedFileName } from './exportFileNames';
import { EXPORT_MIME, type ExportFormat } from './exportFormats';

export { EXPORT_FORMATS, EXPORT_MIME, type ExportFormat } from './exportFormats';

export interface ExportOptions {
  language: Language;
  /** The one timestamp in the output (file metadata, calendar stamp, "made on"); all else is the workshop's. */
  generatedAt: Date;
  /** CSV only; `;` by default, so Danish Excel splits the columns. */
  separator?: CsvSeparator;
  /** xlsx: a sheet per organisation as well; docx: a page per organisation instead of the minutes. */
  perOrganisation?: boolean;
  /** docx per organisation: a file for each organisation instead of one file (exportFiles). */
  filePerOrganisation?: boolean;
  /** yyyy-mm-dd that "past its date" is measured against; by default generatedAt's local date. */
  today?: string;
  /** json only: the revision written into the document (0 by default). */
  revision?: number;
  /** md, docx and pdf: over the workshop's saved minutes options (the command line's flags). */
  minutesOptions?: Partial<MinutesOptions>;
}

export interface ExportResult {
  bytes: Uint8Array;
  /** A suggested file name (no directory), e.g. "Handlinger - Styregruppen - 2026-11-19.xlsx". */
  fileName: string;
  mime: string;
}

function utf8(text: string): Uint8Array {
  const buffer = Buffer.from(text, 'utf8');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The record an export writes: the workshop in the options' language, dated by generatedAt. */
export function recordFor(
  workshop: Workshop,
  options: Pick<ExportOptions, 'language' | 'generatedAt' | 'today' | 'minutesOptions'>,
): WorkshopRecord {
  const { generatedAt, language } = options;
  const today = options.today ?? isoDateAt(generatedAt.getTime(), generatedAt.getTimezoneOffset());
  return buildRecord(workshop, {
    language,
    today,
    now: generatedAt.getTime(),
    minutesOptions: options.minutesOptions,
  });
}

// The Office libraries load only for their own format: a csv, md or ics export (and the worker
// that writes it) never holds exceljs or docx (~20 MB of heap between them).
async function docxBytes(record: WorkshopRecord, generatedAt: Date, perOrganisation: boolean) {
  const { exportDocx } = await import('./exportDocx');
  return exportDocx(record, { generatedAt, perOrganisation });
}

async function xlsxBytes(record: WorkshopRecord, generatedAt: Date, perOrganisation: boolean) {
  const { exportXlsx } = await import('./exportXlsx');
  return exportXlsx(record, { generatedAt, perOrganisation });
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
  const docx = (r: WorkshopRecord) => docxBytes(r, options.generatedAt, true);
  if (record.organisations.length === 0) {
    const fileName = suggestedFileName(record, 'docx', true);
    return [{ bytes: await docx(record), fileName, mime: EXPORT_MIME.docx }];
  }
  const results: ExportResult[] = [];
  for (const { group, stem } of organisationFiles(record)) {
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
        return xlsxBytes(record, generatedAt, perOrganisation);
      case 'docx':
        return docxBytes(record, generatedAt, perOrganisation);
    }
  })();
  return {
    bytes,
    fileName: suggestedFileName(record, format, perOrganisation),
    mime: EXPORT_MIME[format],
  };
}

/** The file(s) of one export: a file per organisation for docx when asked, else the one file. */
export async function exportFiles(
  workshop: Workshop,
  format: ExportFormat,
  options: ExportOptions,
): Promise<ExportResult[]> {
  if (format === 'docx' && options.perOrganisation && options.filePerOrganisation) {
    return exportEachOrganisation(workshop, options);
  }
  return [await exportWorkshop(workshop, format, options)];
}
