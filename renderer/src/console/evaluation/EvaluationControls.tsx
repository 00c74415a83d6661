// Test ids: eval-form-row (data-form-id, data-open), eval-open-<formId>, eval-close,
// eval-projector (a select of what the projector shows).
import { EVALUATION_FORM_IDS } from '../../../../shared/evaluation/formIds';
import {
  EVALUATION_PROJECTIONS,
  isEvaluationProjection,
  type EvaluationProjection,
} from '../../../../shared/evaluation/projections';
import type { Evaluation } from '../../../../shared/model/evaluation';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

/** Open one form for the phones (or close it) and choose what the projector shows. */
export function EvaluationControls({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const send = useSend();
  const counts = (formId: string) => evaluation.responses.filter((r) => r.formId === formId).length;
  const available = (view: EvaluationProjection) =>
    view === 'own'
      ? evaluation.ownQuestions.length > 0
      : view.startsWith('rc-')
        ? evaluation.pairs.length > 0
        : true;
  return (
    <div className="eval-controls">
      <ul className="eval-forms">
        {EVALUATION_FORM_IDS.map((formId) => {
          const open = evaluation.openForm === formId;
          const needsPairs = formId !== 'pataevaers' && evaluation.pairs.length === 0;
          return (
            <li
              key={formId}
              className="eval-form-row"
              data-testid="eval-form-row"
              data-form-id={formId}
              data-open={open}
            >
              <span className="eval-form-name">{t(`evaluation.forms.${formId}`)}</span>
              <span className="eval-form-state">
                {open ? t('evaluation.state.open') : t('evaluation.state.closed')} ·{' '}
                {t('evaluation.responses', { count: counts(formId) })}
              </span>
              {open ? (
                <button
                  type="button"
                  className="button button-small"
                  data-testid="eval-close"
                  onClick={() => void send({ type: 'evaluation.close' })}
                >
                  {t('evaluation.close')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-small button-primary"
                  data-testid={`eval-open-${formId}`}
                  disabled={needsPairs}
                  title={needsPairs ? t('evaluation.needsPairs') : undefined}
                  onClick={() => void send({ type: 'evaluation.open', formId })}
                >
                  {t('evaluation.open')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <label className="field eval-projector-field">
        <span className="field-label">{t('evaluation.projectorLabel')}</span>
        <select
          data-testid="eval-projector"
          value={evaluation.projector}
          onChange={(e) => {
            const view = e.target.value;
            if (isEvaluationProjection(view)) void send({ type: 'evaluation.project', view });
          }}
        >
          {EVALUATION_PROJECTIONS.map((view) => (
            <option key={view} value={view} disabled={!available(view)}>
              {t(`evaluation.projector.${view}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
