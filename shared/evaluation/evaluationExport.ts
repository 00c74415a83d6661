import { csvField, type CsvSeparator } from '../exporters/exportCsv';
import { mdBlocks, mdInline, mdTable } from '../exporters/markdownText';
import type { EvaluationRecord } from './evaluationRecord';

/** The minutes' evaluation section in Markdown: per question, then relational coordination. */
export function evaluationMarkdown(record: EvaluationRecord): string {
  const s = record.strings;
  const hasTrend = record.questions.some((q) => q.trend !== '');
  const questions = mdTable(
    [s.question, s.mean, s.sd, s.range, s.n, ...(hasTrend ? [s.trend] : [])],
    record.questions.map((q) => [
      q.label,
      q.mean,
      q.sd,
      q.range,
      String(q.n),
      ...(hasTrend ? [q.trend] : []),
    ]),
  );
  const relational =
    record.relational.length === 0
      ? ''
      : mdBlocks([
          `### ${s.rcHeading}`,
          s.rcNote,
          mdTable(
            [s.pair, s.before, s.after, s.change],
            record.relational.map((r) => [
              r.pair,
              `${r.before} (n ${r.beforeN})`,
              `${r.after} (n ${r.afterN})`,
              r.change,
            ]),
          ),
        ]);
  return mdBlocks([
    `## ${mdInline(s.heading)}`,
    `${s.respondents(record.respondents)} ${s.spreadNote}`,
    questions,
    relational,
  ]);
}

/** The raw scores as CSV (same conventions as the actions' CSV: BOM, CRLF, `;` by default). */
export function evaluationScoresCsv(
  record: EvaluationRecord,
  separator: CsvSeparator = ';',
): string {
  const s = record.strings;
  const lines = [
    [s.responseId, s.form, s.group, s.item, s.score],
    ...record.scores.map((r) => [r.responseId, r.form, r.group, r.item, String(r.score)]),
  ];
  return (
    '\uFEFF' +
    lines.map((cells) => cells.map((c) => csvField(c, separator)).join(separator) + '\r\n').join('')
  );
}
