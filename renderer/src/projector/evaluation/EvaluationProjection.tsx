// Test ids: projector-evaluation (data-view), then per view: projector-eval-question
// (data-question-id, data-mean, data-n), projector-eval-matrix (cells projector-eval-cell with
// data-from, data-to, data-mean), projector-eval-change (data-pair-id, data-before, data-after).
import { asLang } from '../../../../shared/evaluation/itemText';
import type { Workshop } from '../../../../shared/model/workshop';
import { useTranslation } from '../../i18n/i18n';
import { QuestionChart } from './QuestionChart';
import { RcChangesView } from './RcChangesView';
import { RcHeatMap } from './RcHeatMap';
import './evaluation.css';

/**
 * The evaluation's results over whatever the projector shows, once the facilitator puts a page
 * of them up (evaluation.project): PÅ TVÆRS question charts, the relational-coordination matrix
 * of a round, or before against after. Hidden in the timer-only and room-only modes.
 */
export function EvaluationProjection({ workshop, mode }: { workshop: Workshop; mode: string }) {
  const { i18n } = useTranslation();
  const view = workshop.evaluation.projector;
  if (view === 'off' || mode === 'timer-only' || mode === 'room-only') return null;
  const lang = asLang(i18n.language);
  return (
    <div className="projector-evaluation" data-testid="projector-evaluation" data-view={view}>
      {view === 'meetings' || view === 'between' || view === 'own' ? (
        <QuestionChart workshop={workshop} page={view} lang={lang} />
      ) : view === 'rc-changes' ? (
        <RcChangesView evaluation={workshop.evaluation} lang={lang} />
      ) : (
        <RcHeatMap
          evaluation={workshop.evaluation}
          round={view === 'rc-before' ? 'before' : 'after'}
          lang={lang}
        />
      )}
    </div>
  );
}
