import { useMemo, useRef } from 'react';
import { PATVAERS_QUESTIONS } from '../../../../shared/evaluation/catalogue';
import { formatChange, formatScore } from '../../../../shared/evaluation/formatScore';
import {
  questionResults,
  respondentCount,
  type QuestionResult,
} from '../../../../shared/evaluation/stats';
import type { Workshop } from '../../../../shared/model/workshop';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../i18n/i18n';
import { range } from '../paging/fitPanel';
import { PageBar } from '../paging/PageBar';
import { LAYERS } from '../paging/projectorPaging';
import { pagesOf, usePanelFit, useShowPage } from '../paging/usePanelFit';
import { useProjectorPage } from '../paging/useProjectorPage';
import { ScaleAxis } from './ScaleAxis';
import { ScoreBar } from './ScoreBar';
import { TrendLine } from './TrendLine';
import type { Language } from '../../../../shared/languages';

type Page = 'meetings' | 'between' | 'own';

/** Which questions a page shows: PÅ TVÆRS 9–12, 13–16, or the users' own. */
function onPage(result: QuestionResult, page: Page): boolean {
  const q = PATVAERS_QUESTIONS.find((x) => x.id === result.id);
  return q ? q.dimension === page : page === 'own';
}

/**
 * One page of PÅ TVÆRS results: per question a horizontal bar of the mean on the 1–5 scale with
 * a line from the lowest to the highest score, the numbers written out (mean, standard deviation,
 * n), and the earlier meetings of the series as a trend. Long questions wrap; the type shrinks to
 * the floor, then the questions page (up to 30 own ones), the scale under every page.
 */
export function QuestionChart({
  workshop,
  page,
  lang,
}: {
  workshop: Workshop;
  page: Page;
  lang: Language;
}) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const list = useRef<HTMLOListElement>(null);
  const results = useMemo(
    () => questionResults(workshop, lang).filter((r) => onPage(r, page)),
    [workshop, lang, page],
  );
  const hasTrend = results.some((r) => r.trend.length > 1);
  const keys = useMemo(() => results.map((r) => r.id), [results]);
  const fit = usePanelFit(list, keys, () => range(3.6), [results, hy]);
  const paged = useProjectorPage(`evaluation:${page}`, pagesOf(fit), {
    layer: LAYERS.evaluation,
    start: 'first',
  });
  useShowPage(list, fit, paged.page);
  return (
    <section className="pe-page" aria-labelledby="pe-title">
      <header className="pe-head">
        <h1 id="pe-title" className="pe-title">
          {t(`evaluation.projector.${page}`)}
        </h1>
        <p className="pe-meta">
          {t('evaluation.responses', { count: respondentCount(workshop.evaluation) })}
        </p>
      </header>
      <p className="pe-legend">{t('evaluation.projector.legend')}</p>
      <ol className="pe-questions" data-rows={results.length} ref={list}>
        {results.map((r) => (
          <li
            key={r.id}
            className="pe-question"
            data-testid="projector-eval-question"
            data-question-id={r.id}
            data-mean={r.summary.mean === null ? '' : r.summary.mean.toFixed(2)}
            data-n={r.summary.n}
            data-pr-item={`eval-question:${r.id}`}
          >
            <p className="pe-question-text">
              {r.number === null ? hy(r.text) : `${r.number}. ${hy(r.text)}`}
            </p>
            <div className="pe-question-chart">
              <ScoreBar summary={r.summary} />
              {r.summary.n === 0 ? (
                <p className="pe-numbers">{t('evaluation.projector.noScores')}</p>
              ) : (
                <p className="pe-numbers">
                  <strong className="pe-mean">{formatScore(r.summary.mean, lang)}</strong>{' '}
                  <span>
                    {t('evaluation.projector.numbers', {
                      sd: formatScore(r.summary.sd, lang),
                      min: r.summary.min ?? '–',
                      max: r.summary.max ?? '–',
                      n: r.summary.n,
                    })}
                  </span>
                </p>
              )}
              {hasTrend ? <Trend result={r} lang={lang} /> : null}
            </div>
          </li>
        ))}
      </ol>
      <div className="pe-question-chart">
        <ScaleAxis />
      </div>
      <PageBar page={paged.page} pages={paged.pages} />
    </section>
  );
}

function Trend({ result, lang }: { result: QuestionResult; lang: Language }) {
  const { t } = useTranslation();
  const earlier = result.trend.filter((p) => !p.current);
  // The latest earlier meeting where this question got scores (a meeting may have skipped it).
  const previous = earlier.findLast((p) => p.mean !== null);
  const current = result.trend.at(-1);
  const change =
    previous?.mean != null && current?.mean != null ? current.mean - previous.mean : null;
  const arrow = change === null ? '' : change > 0.05 ? '▲' : change < -0.05 ? '▼' : '▶';
  return (
    <div className="pe-trend">
      <TrendLine trend={result.trend} />
      <p className="pe-trend-text">
        {previous
          ? t('evaluation.projector.sinceLast', {
              previous: formatScore(previous.mean, lang),
              change: `${arrow} ${formatChange(change, lang)}`.trim(),
            })
          : earlier.length > 0
            ? t('evaluation.projector.noEarlier')
            : t('evaluation.projector.firstTime')}
      </p>
    </div>
  );
}
