import type { AgendaPoint, Workshop } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';
import { CommitArea } from '../common/CommitArea';
import { QuestionList } from './QuestionList';
import { PROBLEM_MAX } from '../../../../../shared/model/textLimits';

/** What we want to solve and why, from the citizen's side, and the questions still open. */
export function ClarifyingTools({ workshop, point }: { workshop: Workshop; point: AgendaPoint }) {
  const { t } = useTranslation();
  const send = useSend();
  const set = (changes: { problem?: string; citizenPerspective?: string }) =>
    send({ type: 'point.setClarification', id: point.id, changes });

  return (
    <div className="rw-clarifying">
      <div className="rw-two">
        <label className="field">
          <span className="field-label">{t('roomsWork.clarifying.problem')}</span>
          <CommitArea
            className="rw-area"
            rows={4}
            data-testid="rw-problem"
            value={point.problem}
            maxLength={PROBLEM_MAX}
            placeholder={t('roomsWork.clarifying.problemPlaceholder')}
            onCommit={(problem) => set({ problem: problem.trim() })}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('roomsWork.clarifying.citizen')}</span>
          <CommitArea
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
        </label>
      </div>
      <p className="field-hint">{t('roomsWork.commitHint')}</p>
      <QuestionList participants={workshop.participants} point={point} />
    </div>
  );
}
