import type { Participant } from '../../../../shared/model/workshop';
import { CommitField } from '../../common/CommitField';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';
import { SectorSelect } from './SectorSelect';
import { ORGANISATION_MAX, PARTICIPANT_TITLE_MAX } from '../../../../shared/model/textLimits';

interface Props {
  participant: Participant;
}

/** Present or not, and remove: beside the name in a row that has its controls. */
export function ParticipantTopControls({ participant: p }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  return (
    <>
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
    </>
  );
}

type TextKey = 'title' | 'organisation';

/** Title, organisation and sector, editable in place. */
export function ParticipantSubFields({ participant: p }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const update = (key: TextKey) => (value: string) =>
    send({ type: 'participant.update', id: p.id, changes: { [key]: value } });
  return (
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
  );
}

/** The same text as plain text, in the same places, for a row far from the window. */
export function ParticipantRowSummary({ participant: p }: Props) {
  const { t } = useTranslation();
  return (
    <div className="participant-sub">
      <span className="participant-light-field">{p.title}</span>
      <span className="participant-light-field">{p.organisation}</span>
      <span className="participant-light-field participant-sector">
        {t(`roomsWork.sectors.${p.sector}`)}
      </span>
    </div>
  );
}
