import type { ActionRow } from './actionRows';
import type { ExportStrings } from '../i18n/exportStrings';
import type { WorkshopRecord } from './record';

export const CSV_SEPARATORS = [';', ','] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** The columns of the list, in order. The due date, organisation and agenda point are always in. */
export const ACTION_COLUMNS = [
  'what',
  'who',
  'organisation',
  'due',
  'status',
  'point',
  'trial',
  'evaluationDate',
  'followUp',
  'source',
  'notes',
] as const satisfies readonly (keyof ExportStrings['columns'])[];
export type ActionColumn = (typeof ACTION_COLUMNS)[number] | 'history';

/** `columns`, and the history column when an action has one (a meeting in a series). */
export function withHistory<C extends ActionColumn>(
  columns: readonly C[],
  rows: readonly ActionRow[],
): (C | 'history')[] {
  return rows.some((r) => r.historyText !== '') ? [...columns, 'history'] : [...columns];
}

/** A row's text for a column, as tables print it. */
export function columnText(row: ActionRow, column: ActionColumn): string {
  switch (column) {
    case 'what':
      return row.what;
    case 'who':
      return row.who;
    case 'organisation':
      return row.organisation;
    case 'due':
      return row.dueText;
    case 'status':
      return row.statusText;
    case 'point':
      return row.pointText;
    case 'trial':
      return row.trialText;
    case 'evaluationDate':
      return row.evaluationText;
    case 'followUp':
      return row.followUp;
    case 'source':
      return row.source;
    case 'notes':
      return row.notes;
    case 'history':
      return row.historyText;
  }
}

/**
 * A spreadsheet reads a cell that starts with = + - @ (or a tab / CR) as a formula: text typed in
 * a meeting must not run as one when a leader opens the file (OWASP "CSV injection").
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field per RFC 4180: quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string, separator: CsvSeparator): string {
  const safe = defuse(value);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The who-does-what-when list as CSV: UTF-8 with a byte-order mark and `;` by default, so Danish
 * Excel opens it in columns; CRLF line ends (RFC 4180). Returns text starting with U+FEFF.
 */
export function exportCsv(record: WorkshopRecord, separator: CsvSeparator = ';'): string {
  const columns = withHistory(ACTION_COLUMNS, record.actions);
  const headers = columns.map((c) => record.strings.columns[c]);
  const lines = [headers, ...record.actions.map((row) => columns.map((c) => columnText(row, c)))];
  return (
    '\uFEFF' +
    lines.map((cells) => cells.map((c) => csvField(c, separator)).join(separator) + '\r\n').join('')
  );
}
