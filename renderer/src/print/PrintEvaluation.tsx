import type { EvaluationRecord } from '../../../shared/evaluation/evaluationRecord';
import { useHyphenate } from '../common/hyphenation/useHyphenate';

/** The print minutes' evaluation section: the same tables as the Markdown and Word minutes. */
export function PrintEvaluation({ record }: { record: EvaluationRecord | null }) {
  const hy = useHyphenate();
  if (!record) return null;
  const s = record.strings;
  const hasTrend = record.questions.some((q) => q.trend !== '');
  return (
    <section className="print-section print-keep" data-testid="print-evaluation">
      <h2>{s.heading}</h2>
      <p>
        {s.respondents(record.respondents)} {s.spreadNote}
      </p>
      <table className="print-table">
        <thead>
          <tr>
            {[s.question, s.mean, s.sd, s.range, s.n, ...(hasTrend ? [s.trend] : [])].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {record.questions.map((q) => (
            <tr key={q.label}>
              <td>{hy(q.label)}</td>
              <td>{q.mean}</td>
              <td>{q.sd}</td>
              <td>{q.range}</td>
              <td>{q.n}</td>
              {hasTrend ? <td>{q.trend}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {record.relational.length > 0 ? (
        <>
          <h3>{s.rcHeading}</h3>
          <p>{s.rcNote}</p>
          <table className="print-table">
            <thead>
              <tr>
                {[s.pair, s.before, s.after, s.change].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {record.relational.map((r) => (
                <tr key={r.pair}>
                  <td>{hy(r.pair)}</td>
                  <td>{`${r.before} (n ${r.beforeN})`}</td>
                  <td>{`${r.after} (n ${r.afterN})`}</td>
                  <td>{r.change}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
