import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/model/workshop';
import { formatClock, formatDate, plannedStarts } from '../common/formatting';
import { currentLanguage } from '../i18n/i18n';

/** Between points: what the meeting is, when and where, and the programme. */
export function AgendaView({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const starts = plannedStarts(
    workshop.startTime,
    workshop.agenda.map((p) => p.plannedMinutes),
  );
  const when = [formatDate(workshop.date, language), workshop.place].filter(Boolean).join(' · ');

  return (
    <div className="projector projector-agenda" data-testid="projector-root" data-room="none">
      <header className="projector-agenda-head">
        <h1 className="projector-title">{workshop.title || t('app.name')}</h1>
        {when ? <p className="projector-when">{when}</p> : null}
      </header>
      <section className="projector-programme" aria-label={t('projector.agenda')}>
        <h2>{t('projector.agenda')}</h2>
        {workshop.agenda.length === 0 ? (
          <p>{t('projector.noAgenda')}</p>
        ) : (
          <ol>
            {workshop.agenda.map((point, i) => {
              const start = starts[i];
              return (
                <li key={point.id} className={`is-${point.status}`}>
                  <span className="programme-time">
                    {start === null || start === undefined
                      ? t('agenda.number', { n: i + 1 })
                      : formatClock(start, language)}
                  </span>
                  <span className="programme-title">{point.title}</span>
                  <span className="programme-presenter">{point.presenter}</span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
