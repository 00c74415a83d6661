import { memo, useId } from 'react';
import type { Participant } from '../../../../shared/model/workshop';
import { useTranslation } from '../../i18n/i18n';
import { ParticipantForm } from './ParticipantForm';
import { ParticipantRow } from './ParticipantRow';

/** Up to this many people every row has its fields at once; more get stand-ins far off. */
const SHORT_LIST = 20;

// Memoised: the console renders on every change (each idea), the participants seldom change.
export const ParticipantsPanel = memo(function ParticipantsPanel({
  participants,
}: {
  participants: readonly Participant[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const present = participants.filter((p) => p.present).length;
  const short = participants.length <= SHORT_LIST;
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
        // Every row in one render, as the agenda's (AgendaPanel): the console's build is sliced.
        <ul className="participant-list">
          {participants.map((p) => (
            <ParticipantRow key={p.id} participant={p} eager={short} />
          ))}
        </ul>
      )}
      <ParticipantForm />
    </section>
  );
});
