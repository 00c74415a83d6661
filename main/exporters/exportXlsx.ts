import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ActionRow } from '../../shared/exporters/actionRows';
import {
  ACTION_COLUMNS,
  columnText,
  withHistory,
  type ActionColumn,
} from '../../shared/exporters/exportCsv';
import type { OrganisationGroup, WorkshopRecord } from '../../shared/exporters/record';
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

const SHEET_NAME_MAX = 31;
// Excel reserves "History" for its change tracking.
const RESERVED_SHEET_NAMES = new Set(['history']);

/** `text` cut to `max` characters at a word boundary when there is one, without trailing punctuation. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const space = head.lastIndexOf(' ');
  const cut = space > 0 ? head.slice(0, space) : text.slice(0, max);
  return cut.replace(/[\s,.;&-]+$/, '') || text.slice(0, max);
}

/** Excel's rules for a sheet name: at most 31 characters, none of \ / ? * [ ] :, unique. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[\\/?*[\]:]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Ark';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = cutAtWord(clean, SHEET_NAME_MAX - suffix.length) + suffix;
    const key = name.toLocaleLowerCase('da');
    if (!taken.has(key) && !RESERVED_SHEET_NAMES.has(key)) {
      taken.add(key);
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

/** Which sheet holds which organisation, under its full name (sheet names are cut to 31 characters). */
function addIndexSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  sheets: readonly { group: OrganisationGroup; name: string }[],
  record: WorkshopRecord,
): void {
  const s = record.strings.sheets;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
  });
  sheet.columns = [
    { key: 'sheet', header: s.sheet, width: 34 },
    { key: 'organisation', header: s.organisation, width: 60 },
    { key: 'count', header: s.count, width: 12 },
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const entry of sheets) {
    sheet.addRow([entry.name, entry.group.organisation, entry.group.actions.length]).commit();
  }
  sheet.commit();
}

interface ZipAppender {
  append: (source: unknown, data: unknown) => unknown;
}

/**
 * exceljs hands the zip (archiver) some parts as strings, which archiver-utils turns into bytes
 * with the deprecated `new Buffer(string)`: Node prints DEP0005 when that code is bundled (the
 * built CLI) rather than in node_modules. This writer gives archiver bytes instead.
 */
// A WeakMap, not a private field: the base constructor sets `zip` before fields exist.
const zips = new WeakMap<object, ZipAppender>();

class BufferingWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  get zip(): ZipAppender | undefined {
    return zips.get(this);
  }
  set zip(zip: ZipAppender) {
    const append = zip.append.bind(zip);
    zip.append = (source, data) =>
      append(typeof source === 'string' ? Buffer.from(source, 'utf8') : source, data);
    zips.set(this, zip);
  }
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
  const workbook = new BufferingWorkbookWriter({
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
    const indexName = sheetName(record.strings.sheets.index, taken);
    const sheets = record.organisations.map((group) => ({
      group,
      name: sheetName(group.organisation, taken),
    }));
    addIndexSheet(workbook, indexName, sheets, record);
    for (const { group, name } of sheets) addSheet(workbook, name, group.actions, record);
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
