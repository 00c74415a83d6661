import { useId } from 'react';
import type { AgendaPoint, Workshop } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';
import { fieldPaths } from '../../shared-fields/fieldPaths';
import { CommitArea } from '../common/CommitArea';
import { QuestionList } from './QuestionList';
import { PROBLEM_MAX } from '../../../../../shared/model/textLimits';

/** What we want to solve and why, from the citizen's side, and the questions still open. */
export function ClarifyingTools({ workshop, point }: { workshop: Workshop; point: AgendaPoint }) {
  const { t } = useTranslation();
  const send = useSend();
  // The labels sit beside, not around, the fields: the shared-field status below each is no
  // part of the field's name.
  const ids = useId();
  const set = (changes: { problem?: string; citizenPerspective?: string }) =>
    send({ type: 'point.setClarification', id: point.id, changes });

  return (
    <div className="rw-clarifying">
      <div className="rw-two">
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-problem`}>
            {t('roomsWork.clarifying.problem')}
          </label>
          <CommitArea
            id={`${ids}-problem`}
            fieldKey={`point:${point.id}:problem`}
            fieldPath={fieldPaths.point(point.id, 'problem')}
            className="rw-area"
            rows={4}
            data-testid="rw-problem"
            value={point.problem}
            maxLength={PROBLEM_MAX}
            placeholder={t('roomsWork.clarifying.problemPlaceholder')}
            onCommit={(problem) => set({ problem: problem.trim() })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-citizen`}>
            {t('roomsWork.clarifying.citizen')}
          </label>
          <CommitArea
            id={`${ids}-citizen`}
            fieldKey={`point:${point.id}:citizen`}
            fieldPath={fieldPaths.point(point.id, 'citizenPerspective')}
            className="rw-area"
            rows={4}
            data-testid="rw-citizen"
            value={point.citizenPerspective}
            maxLength={PROBLEM_MAX}
            placeholder={t('roomsWork.clarifying.citizenPlaceholder')}
            onCommit={(citizenPerspective) =>
              set({ citizenPerspective: citizenPerspective.trim() })
            }
          />
        </div>
      </div>
      <p className="field-hint">{t('roomsWork.commitHint')}</p>
      <QuestionList participants={workshop.participants} point={point} />
    </div>
  );
}
