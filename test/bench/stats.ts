/** The p-th percentile (0–100) of samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export interface Figure {
  name: string;
  /** What was measured, e.g. "p95 of 300". */
  statistic: string;
  /** null: not measured (see note). */
  value: number | null;
  /** KB: 1000 bytes; ×: a ratio; nodes: a count of DOM nodes. */
  unit: 'ms' | 'MB' | 'KB' | '×' | 'nodes';
  /** null: informational, no target. */
  target: number | null;
  note?: string;
}

function cell(value: number | null, unit: string): string {
  if (value === null) return '—';
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`;
}

export function verdict(figure: Figure): 'pass' | 'FAIL' | 'info' | 'not measured' {
  if (figure.value === null) return 'not measured';
  if (figure.target === null) return 'info';
  return figure.value < figure.target ? 'pass' : 'FAIL';
}

/** A plain-text table: figure, statistic, value, target, verdict. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'statistic', 'measured', 'target', 'result'],
    ...figures.map((f) => [
      f.name,
      f.statistic,
      cell(f.value, f.unit),
      f.target === null ? '—' : `< ${f.target} ${f.unit}`,
      verdict(f),
    ]),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  const line = (row: string[]) =>
    row
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ];
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.name}: ${f.note}`);
  return [...out, ...(notes.length ? ['', 'Notes:', ...notes] : [])].join('\n');
}
