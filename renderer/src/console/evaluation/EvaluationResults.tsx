// Test ids: eval-results-questions (rows eval-result-row with data-question-id), eval-results-rc
// (data-round; rows eval-rc-row with data-pair-id), eval-results-changes, eval-download-scores.
import { RC_DIMENSIONS, RC_ROUNDS } from '../../../../shared/evaluation/catalogue';
import { formatChange, formatScore } from '../../../../shared/evaluation/formatScore';
import { pairLabel } from '../../../../shared/evaluation/forms';
import { asLang } from '../../../../shared/evaluation/itemText';
import { rcChanges, rcMatrix } from '../../../../shared/evaluation/relational';
import { questionResults } from '../../../../shared/evaluation/stats';
import type { WorkshopSlice } from '../workshopSlice';
import { useTranslation } from '../../i18n/i18n';
import { downloadScores } from './downloadScores';

/** The numbers behind the projector's charts: per question, per pair and dimension, and the change. */
export function EvaluationResults({
  workshop,
}: {
  workshop: WorkshopSlice<'evaluation' | 'title' | 'date'>;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const results = questionResults(workshop, lang);
  const pairs = workshop.evaluation.pairs;
  const n = (v: number | null) => formatScore(v, lang);
  return (
    <div className="eval-results">
      <p className="field-hint">{t('evaluation.results.spreadNote')}</p>
      <button
        type="button"
        className="button button-small"
        data-testid="eval-download-scores"
        disabled={workshop.evaluation.responses.length === 0}
        onClick={() => downloadScores(workshop, lang)}
      >
        {t('evaluation.results.download')}
      </button>
      <table className="eval-table" data-testid="eval-results-questions">
        <thead>
          <tr>
            <th scope="col">{t('evaluation.results.question')}</th>
            <th scope="col">{t('evaluation.results.mean')}</th>
            <th scope="col">{t('evaluation.results.sd')}</th>
            <th scope="col">{t('evaluation.results.range')}</th>
            <th scope="col">{t('evaluation.results.n')}</th>
            <th scope="col">{t('evaluation.results.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.id} data-testid="eval-result-row" data-question-id={r.id}>
              <th scope="row">{r.number === null ? r.text : `${r.number}. ${r.text}`}</th>
              <td>{n(r.summary.mean)}</td>
              <td>{n(r.summary.sd)}</td>
              <td>{r.summary.min === null ? '–' : `${r.summary.min}–${r.summary.max}`}</td>
              <td>{r.summary.n}</td>
              <td>
                {r.trend.length > 1
                  ? r.trend
                      .slice(0, -1)
                      .map((p) => n(p.mean))
                      .join(' → ')
                  : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pairs.length > 0
        ? RC_ROUNDS.map((round) => {
            const matrix = rcMatrix(workshop.evaluation, round);
            return (
              <table
                key={round}
                className="eval-table"
                data-testid="eval-results-rc"
                data-round={round}
              >
                <caption>
                  {t(`evaluation.forms.relational-${round}`)} ·{' '}
                  {t('evaluation.responses', { count: matrix.respondents })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('evaluation.results.pair')}</th>
                    <th scope="col">{t('evaluation.results.index')}</th>
                    {RC_DIMENSIONS.map((d) => (
                      <th key={d.key} scope="col">
                        {d[lang]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {matrix.cells.map((c) => (
                    <tr key={c.pair.id} data-testid="eval-rc-row" data-pair-id={c.pair.id}>
                      <th scope="row">{pairLabel(c.pair)}</th>
                      <td>
                        {n(c.index.mean)} <span className="eval-n">(n {c.index.n})</span>
                      </td>
                      {RC_DIMENSIONS.map((d) => (
                        <td key={d.key}>{n(c.dimensions[d.key].mean)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })
        : null}
      {pairs.length > 0 ? (
        <table className="eval-table" data-testid="eval-results-changes">
          <caption>{t('evaluation.projector.rc-changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('evaluation.results.pair')}</th>
              <th scope="col">{t('evaluation.results.before')}</th>
              <th scope="col">{t('evaluation.results.after')}</th>
              <th scope="col">{t('evaluation.results.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rcChanges(workshop.evaluation).map((c) => (
              <tr key={c.pair.id}>
                <th scope="row">{pairLabel(c.pair)}</th>
                <td>{n(c.before)}</td>
                <td>{n(c.after)}</td>
                <td>{formatChange(c.change, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
