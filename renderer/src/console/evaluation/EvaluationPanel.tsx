// Test ids: evaluation-panel; evaluation-section-<paper|questions|pairs|results> (the <summary>
// of each part). The parts list their own.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { respondentCount } from '../../../../shared/evaluation/stats';
import type { Workshop } from '../../../../shared/model/workshop';
import { EvaluationControls } from './EvaluationControls';
import { EvaluationResults } from './EvaluationResults';
import { OwnQuestions } from './OwnQuestions';
import { PaperEntry } from './PaperEntry';
import { RcPairsEditor } from './RcPairsEditor';
import './evaluationPanel.css';

/**
 * Evaluating the collaboration (docs/method.md § Evaluating the collaboration): open a form for the
 * phones or type in paper forms, add own questions, set up the pairs of groups for relational
 * coordination, put results on the projector and read them here.
 */
export function EvaluationPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const id = useId();
  const part = (key: string, content: ReactNode) => (
    <details className="eval-part">
      <summary data-testid={`evaluation-section-${key}`}>{t(`evaluation.sections.${key}`)}</summary>
      {content}
    </details>
  );
  return (
    <section
      className="panel evaluation-panel"
      data-testid="evaluation-panel"
      aria-labelledby={`${id}-h`}
    >
      <div className="panel-head">
        <h2 id={`${id}-h`}>{t('evaluation.heading')}</h2>
        <span className="panel-meta">
          {t('evaluation.responses', { count: respondentCount(workshop.evaluation) })}
        </span>
      </div>
      <EvaluationControls evaluation={workshop.evaluation} />
      {part('paper', <PaperEntry evaluation={workshop.evaluation} />)}
      {part('questions', <OwnQuestions evaluation={workshop.evaluation} />)}
      {part('pairs', <RcPairsEditor workshop={workshop} />)}
      {part('results', <EvaluationResults workshop={workshop} />)}
    </section>
  );
}
