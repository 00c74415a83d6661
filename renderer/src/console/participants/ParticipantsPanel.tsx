import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/model/workshop';
import { ParticipantForm } from './ParticipantForm';
import { ParticipantRow } from './ParticipantRow';

// Memoised: the console renders on every change (each idea), the participants seldom change.
export const ParticipantsPanel = memo(function ParticipantsPanel({
  participants,
}: {
  participants: readonly Participant[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const present = participants.filter((p) => p.present).length;
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <div className="panel-head">
        <h2 id={`${id}-h`}>{t('participants.heading')}</h2>
        {participants.length > 0 ? (
          <span className="panel-meta">
            {t('participants.count', { present, total: participants.length })}
          </span>
        ) : null}
      </div>
      {participants.length === 0 ? (
        <p className="empty">{t('participants.empty')}</p>
      ) : (
        <ul className="participant-list">
          {participants.map((p) => (
            <ParticipantRow key={p.id} participant={p} />
          ))}
        </ul>
      )}
      <ParticipantForm />
    </section>
  );
});
