import { useMemo, useRef } from 'react';
import type { Workshop } from '../../../shared/model/workshop';
import { useHyphenate } from '../common/hyphenation/useHyphenate';
import { formatClock, formatDate } from '../../../shared/i18n/formatDates';
import { plannedStarts } from '../common/plannedStarts';
import { currentLanguage, useTranslation } from '../i18n/i18n';
import { range } from './paging/fitPanel';
import { pageOfItem } from './paging/paginate';
import { FittedTitle } from './paging/FittedTitle';
import { PageBar } from './paging/PageBar';
import { LAYERS } from './paging/projectorPaging';
import { pagesOf, usePanelFit, useShowPage } from './paging/usePanelFit';
import { useProjectorPage } from './paging/useProjectorPage';

/**
 * Between points (and in a break): what the meeting is, when and where, and the whole
 * programme. Titles wrap and hyphenate; the type shrinks to the floor before the list pages.
 */
export function AgendaView({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const language = currentLanguage();
  const { agenda } = workshop;
  const list = useRef<HTMLOListElement>(null);
  const starts = plannedStarts(
    workshop.startTime,
    agenda.map((p) => p.plannedMinutes),
  );
  const place = workshop.place ? hy(workshop.place) : '';
  const when = [formatDate(workshop.date, language), place].filter(Boolean).join(' · ');
  const keys = useMemo(() => agenda.map((p) => p.id), [agenda]);
  const hasPresenters = agenda.some((p) => p.presenter.trim() !== '');
  const fit = usePanelFit(list, keys, () => range(3.6), [agenda, workshop.startTime, hy]);
  // The programme opens on the page that holds the next point (the day's first, or the one
  // after the last finished), not on page 1 in the afternoon.
  const next = agenda.findIndex((p) => p.status !== 'done');
  const { page, pages } = useProjectorPage('programme', pagesOf(fit), {
    layer: LAYERS.view,
    start: pageOfItem(fit?.starts ?? [], Math.max(0, next)),
    ready: fit !== null || agenda.length === 0,
  });
  useShowPage(list, fit, page);

  return (
    <main className="projector projector-agenda" data-testid="projector-root" data-room="none">
      <header className="projector-agenda-head">
        {workshop.title ? (
          <FittedTitle
            as="h1"
            text={workshop.title}
            maxPercent={6.5}
            lines={2}
            className="projector-title"
            testId="projector-title"
          />
        ) : (
          // Untitled, the screen is the programme: the app's name is no meeting's name.
          <h1 className="projector-title" data-testid="projector-title">
            {t('projector.agenda')}
          </h1>
        )}
        {when ? <p className="projector-when">{when}</p> : null}
      </header>
      <section className="projector-programme" aria-label={t('projector.agenda')}>
        {workshop.title ? <h2>{t('projector.agenda')}</h2> : null}
        {agenda.length === 0 ? (
          <p>{t('projector.noAgenda')}</p>
        ) : (
          <ol
            className="programme-list"
            ref={list}
            data-presenters={hasPresenters}
            data-testid="projector-programme"
          >
            {agenda.map((point, i) => {
              const at = starts[i];
              return (
                <li
                  key={point.id}
                  className={`is-${point.status}${point.kind === 'break' ? ' is-break' : ''}`}
                  data-pr-item={`point:${point.id}`}
                >
                  <span className="programme-time">
                    {at === null || at === undefined
                      ? t('agenda.number', { n: i + 1 })
                      : formatClock(at, language)}
                  </span>
                  <span className="programme-title">{hy(point.title)}</span>
                  {hasPresenters ? (
                    // People's names: wrapped at spaces, never hyphenated.
                    <span className="programme-presenter">{point.presenter}</span>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
        <PageBar page={page} pages={pages} />
      </section>
    </main>
  );
}
