import { useMemo, useRef } from 'react';
import { formatChange, formatScore } from '../../../../shared/evaluation/formatScore';
import { pairLabel } from '../../../../shared/evaluation/forms';
import { rcChanges, rcMatrix } from '../../../../shared/evaluation/relational';
import type { Evaluation } from '../../../../shared/model/evaluation';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../i18n/i18n';
import { range } from '../paging/fitPanel';
import { PageBar } from '../paging/PageBar';
import { LAYERS } from '../paging/projectorPaging';
import { pagesOf, usePanelFit, useShowPage } from '../paging/usePanelFit';
import { useProjectorPage } from '../paging/useProjectorPage';
import { ScaleAxis } from './ScaleAxis';
import { SCALE_END, SCALE_START, SCALE_WIDTH as W, scaleX as x } from './scale';
import type { Language } from '../../../../shared/languages';

const H = 56;

/**
 * Before against after, pair by pair: an open circle before, a filled one after, an arrow
 * between them, and the numbers with the signed change written out (▲ better, ▼ worse). Many
 * pairs: the type shrinks to the floor, then the pairs page.
 */
export function RcChangesView({ evaluation, lang }: { evaluation: Evaluation; lang: Language }) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const list = useRef<HTMLOListElement>(null);
  const changes = useMemo(() => rcChanges(evaluation), [evaluation]);
  const keys = useMemo(() => changes.map((c) => c.pair.id), [changes]);
  const fit = usePanelFit(list, keys, () => range(3.6), [changes, hy]);
  const { page, pages } = useProjectorPage('evaluation:rc-changes', pagesOf(fit), {
    layer: LAYERS.evaluation,
    start: 'first',
  });
  useShowPage(list, fit, page);
  const before = rcMatrix(evaluation, 'before').respondents;
  const after = rcMatrix(evaluation, 'after').respondents;
  return (
    <section className="pe-page" aria-labelledby="pe-title">
      <header className="pe-head">
        <h1 id="pe-title" className="pe-title">
          {t('evaluation.projector.rc-changes')}
        </h1>
        <p className="pe-meta">{t('evaluation.projector.beforeAfterN', { before, after })}</p>
      </header>
      <p className="pe-legend">{t('evaluation.projector.changesLegend')}</p>
      <ol className="pe-changes" ref={list}>
        {changes.map((c) => {
          const arrow =
            c.change === null ? '' : c.change > 0.05 ? '▲' : c.change < -0.05 ? '▼' : '▶';
          return (
            <li
              key={c.pair.id}
              className="pe-change"
              data-testid="projector-eval-change"
              data-pair-id={c.pair.id}
              data-before={c.before === null ? '' : c.before.toFixed(2)}
              data-after={c.after === null ? '' : c.after.toFixed(2)}
              data-pr-item={`rc-change:${c.pair.id}`}
            >
              <p className="pe-change-pair">{hy(pairLabel(c.pair))}</p>
              <div className="pe-change-chart">
                <svg className="pe-dumbbell" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
                  <rect
                    className="pe-bar-track"
                    x={SCALE_START}
                    y={20}
                    width={SCALE_END - SCALE_START}
                    height={16}
                    rx={4}
                  />
                  {c.before !== null && c.after !== null ? (
                    <line
                      className="pe-dumbbell-link"
                      x1={x(c.before)}
                      x2={x(c.after)}
                      y1={28}
                      y2={28}
                    />
                  ) : null}
                  {c.before !== null ? (
                    <circle className="pe-dumbbell-before" cx={x(c.before)} cy={28} r={12} />
                  ) : null}
                  {c.after !== null ? (
                    <circle className="pe-dumbbell-after" cx={x(c.after)} cy={28} r={12} />
                  ) : null}
                </svg>
                <p className="pe-change-numbers">
                  {t('evaluation.projector.beforeAfter', {
                    before: formatScore(c.before, lang),
                    after: formatScore(c.after, lang),
                  })}{' '}
                  <strong>{`${arrow} ${formatChange(c.change, lang)}`.trim()}</strong>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="pe-change-chart">
        <ScaleAxis />
      </div>
      <PageBar page={page} pages={pages} />
    </section>
  );
}
