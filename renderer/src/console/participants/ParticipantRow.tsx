import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/model/workshop';
import { CommitField } from '../../common/CommitField';
import { useSend } from '../../common/hostContext';
import { SectorSelect } from './SectorSelect';
import {
  ORGANISATION_MAX,
  PARTICIPANT_NAME_MAX,
  PARTICIPANT_TITLE_MAX,
} from '../../../../shared/model/textLimits';

type TextKey = 'name' | 'title' | 'organisation';

/** One person: name on top, title and organisation under it, all editable in place. */
export function ParticipantRow({ participant: p }: { participant: Participant }) {
  const { t } = useTranslation();
  const send = useSend();
  const update = (key: TextKey) => (value: string) =>
    send({ type: 'participant.update', id: p.id, changes: { [key]: value } });

  return (
    <li
      className={p.present ? 'participant-row' : 'participant-row is-absent'}
      data-testid="participant-row"
      data-participant-id={p.id}
    >
      <div className="participant-top">
        <CommitField
          className="inline-input participant-name"
          value={p.name}
          maxLength={PARTICIPANT_NAME_MAX}
          required
          aria-label={t('participants.name')}
          onCommit={update('name')}
        />
        <label className="presence">
          <input
            type="checkbox"
            data-testid="participant-present"
            checked={p.present}
            aria-label={t('participants.presentLabel', { name: p.name })}
            onChange={(e) =>
              void send({
                type: 'participant.update',
                id: p.id,
                changes: { present: e.target.checked },
              })
            }
          />
          <span className={p.present ? 'presence-text' : 'presence-text is-absent'}>
            {p.present ? t('participants.present') : t('participants.absent')}
          </span>
        </label>
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="participant-remove"
          aria-label={t('participants.removeLabel', { name: p.name })}
          onClick={() => void send({ type: 'participant.remove', id: p.id })}
        >
          {t('participants.remove')}
        </button>
      </div>
      <div className="participant-sub">
        <CommitField
          className="inline-input"
          value={p.title}
          maxLength={PARTICIPANT_TITLE_MAX}
          placeholder={t('participants.title')}
          aria-label={t('participants.title')}
          onCommit={update('title')}
        />
        <CommitField
          className="inline-input"
          value={p.organisation}
          maxLength={ORGANISATION_MAX}
          placeholder={t('participants.organisation')}
          aria-label={t('participants.organisation')}
          onCommit={update('organisation')}
        />
        <SectorSelect
          className="inline-input participant-sector"
          value={p.sector}
          testId="participant-row-sector"
          label={t('participants.sectorLabel', { name: p.name })}
          onChange={(sector) =>
            void send({ type: 'participant.update', id: p.id, changes: { sector } })
          }
        />
      </div>
    </li>
  );
}
