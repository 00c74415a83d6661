import {
  ACTION_COLUMNS,
  withHistory,
  type ActionColumn,
} from '../../../shared/exporters/exportCsv';
import { displayText, whatWithTrial } from '../../../shared/exporters/exportMarkdown';
import type { ActionRow, WorkshopRecord } from '../../../shared/exporters/record';
import { useHyphenate } from '../common/hyphenation/useHyphenate';

/** The whole list on paper: every column the spreadsheet has, on a landscape page. */
export const PRINT_COLUMNS = ACTION_COLUMNS;

/** Each organisation's own list: the whole list but the organisation, which is its heading. */
export const ORGANISATION_PRINT_COLUMNS = ACTION_COLUMNS.filter((c) => c !== 'organisation');

/**
 * Shares of the table's width. The table is laid out with these fixed widths, so however long a
 * text is, it wraps inside its column and no column is pushed off the paper. A date column holds
 * "24-12-2027" on one line in a wide font (DejaVu Sans, Linux's fallback).
 */
const WEIGHTS: Record<ActionColumn, number> = {
  what: 17,
  who: 8,
  organisation: 10,
  due: 8.5,
  status: 6.5,
  point: 9,
  trial: 5,
  evaluationDate: 8.5,
  followUp: 15,
  source: 9,
  notes: 7,
  history: 12,
};

/** Columns of what people wrote, hyphenated; "who" holds names, which stay whole. */
const HYPHENATED = new Set<ActionColumn>([
  'what',
  'organisation',
  'point',
  'followUp',
  'source',
  'notes',
  'history',
]);

/** An action table; a missing who or when says so in words. */
export function PrintActions({
  rows,
  record,
  columns: chosen = PRINT_COLUMNS,
  footer,
}: {
  rows: readonly ActionRow[];
  record: WorkshopRecord;
  columns?: readonly ActionColumn[];
  /** A line under the table on each of its pages (the "made by" line of the last table). */
  footer?: string;
}) {
  const s = record.strings;
  const hy = useHyphenate();
  const columns = withHistory(chosen, rows);
  const total = columns.reduce((sum, c) => sum + WEIGHTS[c], 0);
  // Without a trial column, the trial note goes with the "what".
  const trialNote = !columns.includes('trial');
  return (
    <table className="print-table print-actions">
      <colgroup>
        {columns.map((c) => (
          <col key={c} style={{ width: `${((100 * WEIGHTS[c]) / total).toFixed(2)}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col" className={`col-${c}`}>
              {/* "Dagsordenspunkt" as wide as its column would leave the "what" too little. */}
              {hy(s.columns[c])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((c) => {
              const gap =
                (c === 'who' && row.gaps.noOwner) ||
                (c === 'due' && (row.gaps.noDue || row.gaps.overdue));
              const text =
                c === 'what' && trialNote ? whatWithTrial(row, s) : displayText(row, c, s);
              return (
                <td key={c} className={`col-${c}${gap ? ' print-gap' : ''}`}>
                  {gap ? '⚠ ' : ''}
                  {HYPHENATED.has(c) ? hy(text) : text}
                  {c === 'due' && row.gaps.overdue ? (
                    <span className="print-overdue">{hy(s.gaps.overdue)}</span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {footer ? (
        <tfoot>
          <tr>
            <td colSpan={columns.length} className="print-generated">
              {footer}
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
