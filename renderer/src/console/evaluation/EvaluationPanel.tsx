// Test ids: evaluation-panel; evaluation-section-<paper|questions|pairs|results> (the <summary>
// of each part). The parts list their own.
import { memo, useId, useState, type ReactNode } from 'react';
import { respondentCount } from '../../../../shared/evaluation/stats';
import { useTranslation, type PageStrings } from '../../i18n/i18n';
import { lazyPart } from '../../common/lazy/lazyPart';
import { sameSlice, type WorkshopSlice } from '../workshopSlice';
import { EvaluationControls } from './EvaluationControls';
import './evaluationPanel.css';

// The four parts are folded away at start: their code loads when one is opened, or in idle time.
const KEYS = ['evaluation', 'participants', 'title', 'date'] as const;

const PaperEntry = lazyPart(() => import('./PaperEntry').then((m) => m.PaperEntry));
const OwnQuestions = lazyPart(() => import('./OwnQuestions').then((m) => m.OwnQuestions));
const RcPairsEditor = lazyPart(() => import('./RcPairsEditor').then((m) => m.RcPairsEditor));
const EvaluationResults = lazyPart(() =>
  import('./EvaluationResults').then((m) => m.EvaluationResults),
);

/**
 * Evaluating the collaboration (docs/method.md § Evaluating the collaboration): open a form for the
 * phones or type in paper forms, add own questions, set up the pairs of groups for relational
 * coordination, put results on the projector and read them here. It renders again when one of
 * KEYS changes, not with every idea of the meeting.
 */
export const EvaluationPanel = memo(function EvaluationPanel({
  workshop,
}: {
  workshop: WorkshopSlice<(typeof KEYS)[number]>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const part = (key: keyof PageStrings['evaluation']['sections'], content: ReactNode) => (
    <FoldedPart summary={t(`evaluation.sections.${key}`)} testId={`evaluation-section-${key}`}>
      {content}
    </FoldedPart>
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
}, sameSlice(KEYS));

/** A folded part whose content is made (and its code fetched) once it is first opened, then kept. */
function FoldedPart(props: { summary: string; testId: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="eval-part" onToggle={(e) => setOpened(opened || e.currentTarget.open)}>
      <summary data-testid={props.testId}>{props.summary}</summary>
      {opened ? props.children : null}
    </details>
  );
}
