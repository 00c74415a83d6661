import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import { fitFontSize, hideUntilFits, overflows, vh } from './fit';
import { Icon } from './icons';
import type { People } from './people';
import { useFit } from './useFit';

interface Props {
  point: AgendaPoint;
  people: People;
}

/** The problem statement large, the citizen's perspective beside it, the open questions below. */
export function ClarifyingContent({ point, people }: Props) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  const problem = useRef<HTMLDivElement>(null);
  const citizen = useRef<HTMLDivElement>(null);
  const questions = useRef<HTMLOListElement>(null);

  const hidden = useFit(
    () => {
      const list = questions.current;
      let hiddenQuestions = 0;
      // Questions first (newest kept), then the two texts as large as their boxes allow.
      if (list) {
        fitFontSize(list, vh(3), vh(3.6), () => !overflows(list));
        hiddenQuestions = hideUntilFits(
          [...list.querySelectorAll<HTMLElement>('[data-testid="pr-question"]')],
          () => !overflows(list),
          'start',
        );
      }
      for (const box of [problem.current, citizen.current]) {
        if (box)
          fitFontSize(box, vh(3), vh(box === problem.current ? 7.5 : 5), () => !overflows(box));
      }
      return hiddenQuestions;
    },
    [point.problem, point.citizenPerspective, point.questions, people],
    0,
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
              {point.problem.trim() || (
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
              {point.citizenPerspective.trim() || (
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
            {hidden > 0 ? (
              <span className="pr-note">
                {t('projectorRooms.clarifying.olderHidden', { count: hidden })}
              </span>
            ) : null}
          </h2>
          <ol className="pr-questions" ref={questions}>
            {point.questions.map((q) => {
              const by = q.askedBy ? people.get(q.askedBy) : undefined;
              return (
                <li key={q.id} data-testid="pr-question" className="pr-question">
                  <span className="pr-question-text">{q.text}</span>
                  {by ? <span className="pr-by">{by.name}</span> : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
