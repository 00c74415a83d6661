import { useMemo, useRef } from 'react';
import type { RcRound } from '../../../../shared/evaluation/catalogue';
import { formatScore } from '../../../../shared/evaluation/formatScore';
import { rcMatrix } from '../../../../shared/evaluation/relational';
import type { Evaluation } from '../../../../shared/model/evaluation';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../i18n/i18n';
import { range } from '../paging/fitPanel';
import { PageBar } from '../paging/PageBar';
import { LAYERS } from '../paging/projectorPaging';
import { pagesOf, usePanelFit, useShowPage } from '../paging/usePanelFit';
import { useProjectorPage } from '../paging/useProjectorPage';
import { heatColour } from './heatColour';
import type { Language } from '../../../../shared/languages';

/**
 * The relational-coordination matrix of one round: rows are the groups answering (from), columns
 * the groups they rate (to); each cell writes the mean of the seven dimensions and its n, and is
 * shaded by it. A pair nobody set up is blank; a group and itself is a dash. Many groups: the
 * type shrinks until the columns fit the width, then the rows page under the column heads.
 */
export function RcHeatMap({
  evaluation,
  round,
  lang,
}: {
  evaluation: Evaluation;
  round: RcRound;
  lang: Language;
}) {
  const { t } = useTranslation();
  const matrix = useMemo(() => rcMatrix(evaluation, round), [evaluation, round]);
  const cell = (from: string, to: string) =>
    matrix.cells.find((c) => c.pair.from === from && c.pair.to === to);
  const { rows, cols } = useMemo(
    () => ({
      rows: matrix.groups.filter((g) => matrix.cells.some((c) => c.pair.from === g)),
      cols: matrix.groups.filter((g) => matrix.cells.some((c) => c.pair.to === g)),
    }),
    [matrix],
  );
  const hy = useHyphenate();
  const box = useRef<HTMLDivElement>(null);
  const fit = usePanelFit(box, rows, () => range(3.6), [cols, matrix, hy]);
  const { page, pages } = useProjectorPage(`evaluation:rc-${round}`, pagesOf(fit), {
    layer: LAYERS.evaluation,
    start: 'first',
  });
  useShowPage(box, fit, page);
  return (
    <section className="pe-page" aria-labelledby="pe-title">
      <header className="pe-head">
        <h1 id="pe-title" className="pe-title">
          {t(`evaluation.projector.rc-${round}`)}
        </h1>
        <p className="pe-meta">{t('evaluation.responses', { count: matrix.respondents })}</p>
      </header>
      <p className="pe-legend">{t('evaluation.projector.matrixLegend')}</p>
      <div className="pe-matrix-box" ref={box}>
        <table className="pe-matrix" data-testid="projector-eval-matrix" data-round={round}>
          <thead>
            <tr>
              <th scope="col" className="pe-corner">
                {t('evaluation.projector.fromTo')}
              </th>
              {cols.map((to) => (
                <th key={to} scope="col">
                  {hy(to)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((from) => (
              <tr key={from} data-pr-item={`rc-row:${from}`}>
                <th scope="row">{hy(from)}</th>
                {cols.map((to) => {
                  if (from === to) {
                    return (
                      <td key={to} className="pe-cell pe-cell-self">
                        —
                      </td>
                    );
                  }
                  const c = cell(from, to);
                  if (!c) return <td key={to} className="pe-cell pe-cell-none" />;
                  const mean = c.index.mean;
                  const colour = mean === null ? null : heatColour(mean);
                  return (
                    <td
                      key={to}
                      className="pe-cell"
                      data-testid="projector-eval-cell"
                      data-from={from}
                      data-to={to}
                      data-mean={mean === null ? '' : mean.toFixed(2)}
                      style={
                        colour ? { background: colour.background, color: colour.ink } : undefined
                      }
                    >
                      <span className="pe-cell-mean">{formatScore(mean, lang)}</span>
                      <span className="pe-cell-n">n {c.index.n}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PageBar page={page} pages={pages} />
    </section>
  );
}
