import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/model/workshop';
import { formatClock, formatDate, plannedStarts } from '../common/formatting';
import { currentLanguage } from '../i18n/i18n';
import { programmeWindow } from './programmeWindow';

/** Between points: what the meeting is, when and where, and the programme. */
export function AgendaView({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { agenda } = workshop;
  const starts = plannedStarts(
    workshop.startTime,
    agenda.map((p) => p.plannedMinutes),
  );
  const when = [formatDate(workshop.date, language), workshop.place].filter(Boolean).join(' · ');
  const { start, end } = programmeWindow(agenda.map((p) => p.status));
  const hiddenAfter = agenda.length - end;

  return (
    <main className="projector projector-agenda" data-testid="projector-root" data-room="none">
      <header className="projector-agenda-head">
        <h1 className="projector-title">{workshop.title || t('app.name')}</h1>
        {when ? <p className="projector-when">{when}</p> : null}
      </header>
      <section className="projector-programme" aria-label={t('projector.agenda')}>
        <h2>{t('projector.agenda')}</h2>
        {agenda.length === 0 ? (
          <p>{t('projector.noAgenda')}</p>
        ) : (
          <ol start={start + 1}>
            {agenda.slice(start, end).map((point, k) => {
              const i = start + k;
              const at = starts[i];
              return (
                <li key={point.id} className={`is-${point.status}`}>
                  <span className="programme-time">
                    {at === null || at === undefined
                      ? t('agenda.number', { n: i + 1 })
                      : formatClock(at, language)}
                  </span>
                  <span className="programme-title">{point.title}</span>
                  <span className="programme-presenter">{point.presenter}</span>
                </li>
              );
            })}
          </ol>
        )}
        {hiddenAfter > 0 ? (
          <p className="programme-more">{t('projector.moreItems', { count: hiddenAfter })}</p>
        ) : null}
      </section>
    </main>
  );
}
