import type { ActionColumn } from '../../../shared/exporters/exportCsv';
import { displayText, whatWithTrial } from '../../../shared/exporters/exportMarkdown';
import type { ActionRow, WorkshopRecord } from '../../../shared/exporters/record';
import { useHyphenate } from '../common/hyphenation/useHyphenate';

/** The columns on paper: who does what by when, where from; the trial note goes with the what. */
export const PRINT_COLUMNS = [
  'what',
  'who',
  'organisation',
  'due',
  'status',
  'point',
  'followUp',
] as const satisfies readonly ActionColumn[];

/** Columns of what people wrote, hyphenated; "who" holds names, which stay whole. */
const HYPHENATED = new Set<ActionColumn>(['what', 'organisation', 'point', 'followUp', 'notes']);

/** An action table; a missing who or when says so in words. */
export function PrintActions({
  rows,
  record,
  columns = PRINT_COLUMNS,
}: {
  rows: readonly ActionRow[];
  record: WorkshopRecord;
  columns?: readonly ActionColumn[];
}) {
  const s = record.strings;
  const hy = useHyphenate();
  return (
    <table className="print-table print-actions">
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
              const text = c === 'what' ? whatWithTrial(row, s) : displayText(row, c, s);
              return (
                <td key={c} className={`col-${c}${gap ? ' print-gap' : ''}`}>
                  {gap ? '⚠ ' : ''}
                  {HYPHENATED.has(c) ? hy(text) : text}
                  {c === 'due' && row.gaps.overdue ? (
                    <span className="print-overdue">{s.gaps.overdue}</span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
