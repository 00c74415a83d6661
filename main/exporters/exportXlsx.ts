import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ActionRow } from '../../shared/exporters/actionRows';
import {
  ACTION_COLUMNS,
  columnText,
  withHistory,
  type ActionColumn,
} from '../../shared/exporters/exportCsv';
import type { WorkshopRecord } from '../../shared/exporters/record';
import { restampZip } from './stableZip';
import { addEvaluationSheet } from './xlsxEvaluation';

/** Column widths in characters: wide for text, narrow for dates and yes/no. */
const WIDTHS: Record<ActionColumn, number> = {
  what: 48,
  who: 26,
  organisation: 30,
  due: 13,
  status: 11,
  point: 36,
  trial: 13,
  evaluationDate: 13,
  followUp: 36,
  source: 36,
  notes: 24,
  history: 40,
};
const WRAPPED = new Set<ActionColumn>(['what', 'followUp', 'source', 'history']);

/** Excel's rules for a sheet name: at most 31 characters, none of \ / ? * [ ] :, unique. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[\\/?*[\]:]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Ark';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = clean.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** A yyyy-mm-dd date as the Date Excel shows as that day (exceljs counts days in UTC). */
function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function cellValue(row: ActionRow, column: ActionColumn): string | Date | null {
  if (column === 'due' && row.dueDate !== null) return excelDate(row.dueDate);
  if (column === 'evaluationDate') {
    return row.evaluationDate === null ? null : excelDate(row.evaluationDate);
  }
  const text = columnText(row, column);
  return text === '' ? null : text;
}

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  rows: readonly ActionRow[],
  record: WorkshopRecord,
): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
  });
  const dateFormat = record.language === 'da' ? 'dd-mm-yyyy' : 'yyyy-mm-dd';
  const columns = withHistory(ACTION_COLUMNS, rows);
  sheet.columns = columns.map((column) => ({
    key: column,
    header: record.strings.columns[column],
    width: WIDTHS[column],
    style:
      column === 'due' || column === 'evaluationDate'
        ? { numFmt: dateFormat, alignment: { horizontal: 'left', vertical: 'top' } }
        : { alignment: { vertical: 'top', wrapText: WRAPPED.has(column) } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length },
  };
  header.commit();
  for (const row of rows) sheet.addRow(columns.map((c) => cellValue(row, c))).commit();
  sheet.commit();
}

export interface XlsxOptions {
  generatedAt: Date;
  /** Add a sheet per organisation with only its actions. */
  perOrganisation?: boolean;
}

/**
 * The who-does-what-when list as an Excel workbook: headers in the record's language, dates as
 * dates, an autofilter, a frozen header row; optionally a sheet per organisation.
 */
export async function exportXlsx(
  record: WorkshopRecord,
  options: XlsxOptions,
): Promise<Uint8Array> {
  // The streaming writer: rows go out as they are added, three times faster than the in-memory
  // workbook on a long list, and it holds less.
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'Dialogrum';
  workbook.lastModifiedBy = 'Dialogrum';
  workbook.title = record.title;
  workbook.created = options.generatedAt;
  workbook.modified = options.generatedAt;
  const taken = new Set<string>();
  addSheet(workbook, sheetName(record.strings.sheets.actions, taken), record.actions, record);
  if (options.perOrganisation) {
    for (const group of record.organisations) {
      addSheet(workbook, sheetName(group.organisation, taken), group.actions, record);
    }
  }
  if (record.evaluation) {
    addEvaluationSheet(
      workbook,
      sheetName(record.evaluation.strings.sheet, taken),
      record.evaluation,
    );
  }
  await workbook.commit();
  return restampZip(new Uint8Array(Buffer.concat(chunks)), options.generatedAt);
}
