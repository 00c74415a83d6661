import { useMemo, useRef } from 'react';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../i18n/i18n';
import { range } from '../paging/fitPanel';
import { PageBar } from '../paging/PageBar';
import { LAYERS } from '../paging/projectorPaging';
import { pagesOf, usePanelFit, useShowPage } from '../paging/usePanelFit';
import { useProjectorPage } from '../paging/useProjectorPage';
import { fitFontSize, overflows } from '../paging/fitText';
import { Icon } from './icons';
import type { People } from './people';
import { useFit } from '../paging/useFit';

interface Props {
  point: AgendaPoint;
  people: People;
}

/**
 * The problem statement large, the citizen's perspective beside it, the open questions below
 * (paged when they do not fit at the type floor).
 */
export function ClarifyingContent({ point, people }: Props) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const area = useRef<HTMLDivElement>(null);
  const problem = useRef<HTMLDivElement>(null);
  const citizen = useRef<HTMLDivElement>(null);
  const questions = useRef<HTMLOListElement>(null);

  const keys = useMemo(() => point.questions.map((q) => q.id), [point.questions]);
  const fit = usePanelFit(questions, keys, () => range(3.6), [point.questions, people, hy]);
  const { page, pages } = useProjectorPage(`room:${point.id}:clarifying`, pagesOf(fit), {
    layer: LAYERS.view,
    start: 'first',
  });
  useShowPage(questions, fit, page);
  // Then the two texts as large as their boxes allow (the questions' box is settled by now).
  useFit(
    () => {
      for (const box of [problem.current, citizen.current]) {
        if (!box) continue;
        const { minPx, maxPx } = range(box === problem.current ? 7.5 : 5);
        fitFontSize(box, minPx, maxPx, () => !overflows(box));
      }
      return null;
    },
    [point.problem, point.citizenPerspective, fit, hy],
    null,
  );

  const hasTexts = point.problem.trim() !== '' || point.citizenPerspective.trim() !== '';
  return (
    <div
      className={`pr-clarifying ${hasTexts ? '' : 'is-questions-only'}`}
      ref={area}
      data-has-questions={point.questions.length > 0}
    >
      {hasTexts ? (
        <>
          <section className="pr-panel pr-problem-panel">
            <h2 className="pr-label">
              <Icon name="question" />
              {t('projectorRooms.clarifying.problem')}
            </h2>
            <div className="pr-fit pr-problem" data-testid="pr-problem" ref={problem}>
              {hy(point.problem.trim()) || (
                <span className="pr-missing">{t('projectorRooms.clarifying.noProblem')}</span>
              )}
            </div>
          </section>
          <section className="pr-panel pr-citizen-panel">
            <h2 className="pr-label">
              <Icon name="person" />
              {t('projectorRooms.clarifying.citizen')}
            </h2>
            <div className="pr-fit pr-citizen" data-testid="pr-citizen" ref={citizen}>
              {hy(point.citizenPerspective.trim()) || (
                <span className="pr-missing">{t('projectorRooms.clarifying.noCitizen')}</span>
              )}
            </div>
          </section>
        </>
      ) : null}
      {point.questions.length > 0 ? (
        <section className="pr-questions-panel">
          <h2 className="pr-label">
            {t('projectorRooms.clarifying.questions', { count: point.questions.length })}
          </h2>
          <ol className="pr-questions" ref={questions}>
            {point.questions.map((q) => {
              const by = q.askedBy ? people.get(q.askedBy) : undefined;
              return (
                <li
                  key={q.id}
                  data-testid="pr-question"
                  className="pr-question"
                  data-pr-item={`question:${q.id}`}
                >
                  <span className="pr-question-text">{hy(q.text)}</span>
                  {by ? <span className="pr-by">{by.name}</span> : null}
                </li>
              );
            })}
          </ol>
          <PageBar page={page} pages={pages} />
        </section>
      ) : null}
    </div>
  );
}
