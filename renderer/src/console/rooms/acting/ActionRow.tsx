import type { Action } from '../../../../../shared/model/actions';
import type { Workshop } from '../../../../../shared/model/workshop';
import { actionOrganisations } from '../../../../../shared/exporters/actionRows';
import { actionGaps } from '../../../../../shared/selectors/actionGaps';
import { CommitField } from '../../../common/CommitField';
import { CommitText } from '../../../common/CommitText';
import { fieldPaths } from '../../shared-fields/fieldPaths';
import { SharedCommitText } from '../../shared-fields/SharedCommitText';
import { useSend } from '../../../common/hostContext';
import { useHyphenate } from '../../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../../i18n/i18n';
import type { People } from '../common/people';
import { gapsAttribute, ownerUpdate } from '../logic/actionDraft';
import { OwnerPicker } from './OwnerPicker';
import { DueEditor } from './DueEditor';
import {
  ACTION_FOLLOW_UP_MAX,
  ACTION_WHAT_MAX,
  ORGANISATION_MAX,
} from '../../../../../shared/model/textLimits';

type Changes = Partial<
  Pick<
    Action,
    'what' | 'ownerIds' | 'ownerOrganisation' | 'due' | 'followUp' | 'trial' | 'evaluationDate'
  >
>;

/** One action, edited in place; a missing who or when is marked with an icon and words. */
export function ActionRow({
  action,
  workshop,
  people,
  today,
  source,
}: {
  action: Action;
  workshop: Workshop;
  people: People;
  today: string;
  source: string | null;
}) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const send = useSend();
  const gaps = actionGaps(action, today);
  const update = (changes: Changes) => send({ type: 'action.update', id: action.id, changes });
  const gapAttr = gapsAttribute(gaps);
  // Left empty (an older file), the exports name the owners' organisations: shown greyed.
  const fallbackOrganisation = actionOrganisations(
    '',
    action.ownerIds.flatMap((id) => people.get(id) ?? []),
  ).join(', ');

  return (
    <li
      className={`rw-action-row${gapAttr ? ' has-gaps' : ''}${action.trial ? ' is-trial' : ''}`}
      data-testid="rw-action-row"
      data-action-id={action.id}
      data-gaps={gapAttr}
    >
      <div className="rw-action-line">
        <SharedCommitText
          fieldKey={`action:${action.id}:text`}
          fieldPath={fieldPaths.actionWhat(action.id)}
          className="inline-input rw-action-what-edit"
          data-testid="rw-action-what-edit"
          value={action.what}
          required
          maxLength={ACTION_WHAT_MAX}
          aria-label={t('roomsWork.actions.what')}
          onCommit={(what) => update({ what: what.trim() })}
        />
        {action.trial ? (
          <span className="rw-trial-tag">{t('roomsWork.actions.trialTag')}</span>
        ) : null}
        {gaps.noOwner ? (
          <span className="rw-gap" data-testid="rw-action-gap" data-gap="owner">
            <span aria-hidden="true">⚠ </span>
            {t('roomsWork.actions.missingWho')}
          </span>
        ) : null}
        {gaps.noDue ? (
          <span className="rw-gap" data-testid="rw-action-gap" data-gap="due">
            <span aria-hidden="true">⚠ </span>
            {t('roomsWork.actions.missingWhen')}
          </span>
        ) : null}
        {gaps.overdue ? (
          <span className="rw-gap" data-gap="overdue">
            <span aria-hidden="true">⏱ </span>
            {t('roomsWork.actions.overdue')}
          </span>
        ) : null}
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="rw-action-remove"
          aria-label={t('roomsWork.removeLabel', { text: action.what })}
          onClick={() =>
            void send({ type: 'action.update', id: action.id, changes: {}, remove: true })
          }
        >
          {t('roomsWork.remove')}
        </button>
      </div>
      <div className="rw-action-line rw-action-details">
        <span className="rw-action-cell">
          <span className="rw-cell-label">{t('roomsWork.actions.who')}</span>
          <OwnerPicker
            ownerIds={action.ownerIds}
            participants={workshop.participants}
            people={people}
            onChange={(ownerIds) =>
              void send({
                type: 'action.update',
                id: action.id,
                ...ownerUpdate(action, ownerIds, people),
              })
            }
            testId="rw-action-row-owner"
            label={t('roomsWork.actions.addOwnerTo', { what: action.what })}
          />
          <CommitField
            className="inline-input rw-org-input"
            data-testid="rw-action-row-org"
            value={action.ownerOrganisation}
            maxLength={ORGANISATION_MAX}
            list="rw-organisations"
            placeholder={fallbackOrganisation || t('roomsWork.actions.organisation')}
            aria-label={t('roomsWork.actions.organisation')}
            onCommit={(ownerOrganisation) =>
              update({ ownerOrganisation: ownerOrganisation.trim() })
            }
          />
        </span>
        <span className="rw-action-cell">
          <span className="rw-cell-label">{t('roomsWork.actions.when')}</span>
          <DueEditor
            due={action.due}
            onChange={(due) => void update({ due })}
            testIdPrefix="rw-action-row"
            dateLabel={t('roomsWork.actions.dueDate')}
            nextMeetingLabel={t('roomsWork.actions.nextMeeting')}
            checkClassName="rw-check"
          />
        </span>
      </div>
      <div className="rw-action-line rw-action-details">
        <span className="rw-action-cell rw-grow">
          <span className="rw-cell-label">{t('roomsWork.actions.followUp')}</span>
          <CommitText
            className="inline-input rw-grow"
            data-testid="rw-action-row-followup"
            value={action.followUp}
            maxLength={ACTION_FOLLOW_UP_MAX}
            placeholder={t('roomsWork.actions.followUpPlaceholder')}
            aria-label={t('roomsWork.actions.followUp')}
            onCommit={(followUp) => update({ followUp: followUp.trim() })}
          />
        </span>
        <span className="rw-action-cell">
          <label className="rw-check">
            <input
              type="checkbox"
              data-testid="rw-action-row-trial"
              checked={action.trial}
              onChange={(e) => void update({ trial: e.target.checked })}
            />
            {t('roomsWork.actions.isTrial')}
          </label>
          {action.trial ? (
            <input
              type="date"
              className="inline-input"
              data-testid="rw-action-row-eval-date"
              value={action.evaluationDate}
              aria-label={t('roomsWork.actions.evaluationDate')}
              onChange={(e) => void update({ evaluationDate: e.target.value })}
            />
          ) : null}
        </span>
        {source ? (
          <span className="rw-source-note">
            {t('roomsWork.actions.from', { text: hy(source) })}
          </span>
        ) : null}
      </div>
    </li>
  );
}
