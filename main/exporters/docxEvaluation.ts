import type { Paragraph } from 'docx';
import type { EvaluationRecord } from '../../shared/evaluation/evaluationRecord';
import { heading, para, spacer, table } from './docxParts';
import type { RawBlocks } from './docxRaw';

/** The minutes' evaluation section in the Word document: the same tables as the Markdown. */
export function evaluationBlocks(record: EvaluationRecord | null, raw: RawBlocks): Paragraph[] {
  if (!record) return [];
  const s = record.strings;
  const hasTrend = record.questions.some((q) => q.trend !== '');
  const columns = [
    { header: s.question, width: hasTrend ? 46 : 60 },
    { header: s.mean, width: 9 },
    { header: s.sd, width: 9 },
    { header: s.range, width: 12 },
    { header: s.n, width: 6 },
    ...(hasTrend ? [{ header: s.trend, width: 18 }] : []),
  ];
  return [
    heading(s.heading, 2),
    para(`${s.respondents(record.respondents)} ${s.spreadNote}`),
    table(
      raw,
      columns,
      record.questions.map((q) => [
        q.label,
        q.mean,
        q.sd,
        q.range,
        String(q.n),
        ...(hasTrend ? [q.trend] : []),
      ]),
    ),
    spacer(),
    ...(record.relational.length === 0
      ? []
      : [
          heading(s.rcHeading, 3),
          para(s.rcNote),
          table(
            raw,
            [
              { header: s.pair, width: 46 },
              { header: s.before, width: 18 },
              { header: s.after, width: 18 },
              { header: s.change, width: 18 },
            ],
            record.relational.map((r) => [
              r.pair,
              `${r.before} (n ${r.beforeN})`,
              `${r.after} (n ${r.afterN})`,
              r.change,
            ]),
          ),
          spacer(),
        ]),
  ];
}
