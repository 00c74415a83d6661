import { useId } from 'react';
import type { Action } from '../../../../shared/model/actions';
import { ACTION_STATUSES, isActionStatus } from '../../../../shared/model/actionStatus';
import type { Participant } from '../../../../shared/model/workshop';
import { entryFor } from '../../../../shared/series/actionHistory';
import { CommitText } from '../../common/CommitText';
import { useSend } from '../../common/hostContext';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../i18n/i18n';
import { HistoryTrail } from './HistoryTrail';
import { ACTION_NOTE_MAX } from '../../../../shared/model/textLimits';

/** One carried action: who, its status and note at this meeting, and its history. */
export function FollowUpRow({
  action,
  meeting,
  participants,
}: {
  action: Action;
  meeting: number;
  participants: readonly Participant[];
}) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const send = useSend();
  const id = useId();
  const entry = entryFor(action.history, meeting);
  const status = entry?.status ?? action.status;
  const note = entry?.note ?? '';
  const who = [
    ...action.ownerIds.map((pid) => participants.find((p) => p.id === pid)?.name ?? ''),
    action.ownerOrganisation,
  ]
    .filter(Boolean)
    .join(', ');
  const followUp = (changes: { status?: Action['status']; note?: string }) =>
    send({
      type: 'action.followUp',
      id: action.id,
      status: changes.status ?? status,
      note: (changes.note ?? note).trim(),
    });

  return (
    <li
      className={`series-row${entry ? ' is-followed' : ''}`}
      data-testid="series-followup-row"
      data-action-id={action.id}
      data-followed={entry ? 'yes' : 'no'}
      data-status={action.status}
    >
      <div className="series-row-head">
        <span className="series-row-what" id={`${id}-what`}>
          {hy(action.what)}
        </span>
        {who ? (
          <span className="series-row-who">
            <span className="visually-hidden">{t('series.followUp.who')}: </span>
            {who}
          </span>
        ) : null}
      </div>
      <div className="series-row-controls">
        <label className="series-field">
          <span className="field-label">{t('series.followUp.status')}</span>
          <select
            data-testid="series-followup-status"
            value={status}
            aria-label={t('series.followUp.statusFor', { what: action.what })}
            onChange={(e) => {
              const next = e.target.value;
              if (isActionStatus(next)) void followUp({ status: next });
            }}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`series.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="series-field series-field-wide">
          <span className="field-label">{t('series.followUp.note')}</span>
          <CommitText
            data-testid="series-followup-note"
            value={note}
            maxLength={ACTION_NOTE_MAX}
            placeholder={t('series.followUp.notePlaceholder')}
            aria-label={t('series.followUp.noteFor', { what: action.what })}
            onCommit={(text) => followUp({ note: text })}
          />
        </label>
      </div>
      <HistoryTrail history={action.history} meeting={meeting} />
    </li>
  );
}
