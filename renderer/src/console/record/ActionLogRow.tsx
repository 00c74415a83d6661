import { memo } from 'react';
import type { ActionRow } from '../../../../shared/exporters/actionRows';
import type { Action } from '../../../../shared/model/actions';
import { ACTION_STATUSES, isActionStatus } from '../../../../shared/model/actionStatus';
import type { Participant } from '../../../../shared/model/workshop';
import { CommitText } from '../../common/CommitText';
import { fieldPaths } from '../shared-fields/fieldPaths';
import { SharedCommitText } from '../shared-fields/SharedCommitText';
import { useSend } from '../../common/hostContext';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../i18n/i18n';
import { OwnerPicker } from '../rooms/acting/OwnerPicker';
import type { People } from '../rooms/common/people';
import { DueEditor } from '../rooms/acting/DueEditor';
import { ownerUpdate } from '../rooms/logic/actionDraft';
import {
  ACTION_FOLLOW_UP_MAX,
  ACTION_WHAT_MAX,
  ORGANISATION_MAX,
} from '../../../../shared/model/textLimits';

type Changes = Partial<
  Pick<
    Action,
    | 'what'
    | 'ownerIds'
    | 'ownerOrganisation'
    | 'due'
    | 'followUp'
    | 'trial'
    | 'evaluationDate'
    | 'status'
  >
>;

/** One action in the log, every field edited in place through `action.update`. */
export const ActionLogRow = memo(function ActionLogRow({
  action,
  row,
  participants,
  people,
}: {
  action: Action;
  row: ActionRow;
  participants: readonly Participant[];
  people: People;
}) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const send = useSend();
  const update = (changes: Changes) => send({ type: 'action.update', id: action.id, changes });
  const { gaps } = row;

  return (
    <tr
      data-testid="action-log-row"
      data-action-id={action.id}
      data-status={action.status}
      className={`action-log-row status-${action.status}`}
    >
      <td>
        <SharedCommitText
          fieldKey={`action:${action.id}:text`}
          fieldPath={fieldPaths.actionWhat(action.id)}
          className="inline-input action-log-what"
          data-testid="action-log-what"
          value={action.what}
          required
          maxLength={ACTION_WHAT_MAX}
          aria-label={t('record.columns.what')}
          onCommit={(what) => update({ what: what.trim() })}
        />
      </td>
      <td className="action-log-warnings" data-testid="action-log-warnings">
        {gaps.noOwner ? (
          <span className="record-warning" data-warning="owner">
            <span aria-hidden="true">⚠ </span>
            {t('record.warnings.noOwner')}
          </span>
        ) : null}
        {gaps.noDue ? (
          <span className="record-warning" data-warning="due">
            <span aria-hidden="true">⚠ </span>
            {t('record.warnings.noDue')}
          </span>
        ) : null}
        {gaps.overdue ? (
          <span className="record-warning" data-warning="overdue">
            <span aria-hidden="true">⚠ </span>
            {t('record.warnings.overdue')}
          </span>
        ) : null}
      </td>
      <td>
        <OwnerPicker
          ownerIds={action.ownerIds}
          participants={participants}
          people={people}
          onChange={(ownerIds) =>
            void send({
              type: 'action.update',
              id: action.id,
              ...ownerUpdate(action, ownerIds, people),
            })
          }
          testId="action-log-owner"
          label={t('record.log.addOwnerTo', { what: action.what })}
        />
      </td>
      <td>
        <CommitText
          className="inline-input action-log-org"
          data-testid="action-log-org"
          value={action.ownerOrganisation}
          maxLength={ORGANISATION_MAX}
          placeholder={row.organisation || t('record.columns.organisation')}
          aria-label={t('record.log.organisationOf', { what: action.what })}
          onCommit={(ownerOrganisation) => update({ ownerOrganisation: ownerOrganisation.trim() })}
        />
      </td>
      <td className="action-log-due">
        <DueEditor
          due={action.due}
          onChange={(due) => void update({ due })}
          testIdPrefix="action-log"
          dateLabel={t('record.log.dueOf', { what: action.what })}
          nextMeetingLabel={t('record.log.nextMeeting')}
          checkClassName="record-check"
        />
      </td>
      <td>
        <select
          data-testid="action-log-status"
          value={action.status}
          aria-label={t('record.log.statusOf', { what: action.what })}
          onChange={(e) => {
            const status = e.target.value;
            if (isActionStatus(status)) void update({ status });
          }}
        >
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`record.status.${status}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="action-log-point">{hy(row.pointText)}</td>
      <td>
        <label className="record-check">
          <input
            type="checkbox"
            data-testid="action-log-trial"
            checked={action.trial}
            onChange={(e) => void update({ trial: e.target.checked })}
          />
          {t('record.log.trial')}
        </label>
        {action.trial ? (
          <input
            type="date"
            className="inline-input"
            data-testid="action-log-eval-date"
            value={action.evaluationDate}
            aria-label={t('record.log.evaluationOf', { what: action.what })}
            onChange={(e) => void update({ evaluationDate: e.target.value })}
          />
        ) : null}
      </td>
      <td>
        <CommitText
          className="inline-input action-log-followup"
          data-testid="action-log-followup"
          value={action.followUp}
          maxLength={ACTION_FOLLOW_UP_MAX}
          placeholder={t('record.log.followUpPlaceholder')}
          aria-label={t('record.log.followUpOf', { what: action.what })}
          onCommit={(followUp) => update({ followUp: followUp.trim() })}
        />
      </td>
    </tr>
  );
});
