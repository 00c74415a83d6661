import './series.css';
import { memo, useId, useState } from 'react';
import { isOpenStatus } from '../../../../shared/series/actionHistory';
import { formatDate } from '../../../../shared/i18n/formatDates';
import { useRequest } from '../../common/hostContext';
import { useMayRequest } from '../../common/roleContext';
import { currentLanguage, useTranslation } from '../../i18n/i18n';
import { useConsoleRequest } from '../settings/consoleRequests';
import { lazyPart } from '../../common/lazy/lazyPart';
import { sameSlice, type WorkshopSlice } from '../workshopSlice';

const KEYS = ['series', 'actions'] as const;

// The confirm dialog loads when asked for, or in idle time after the first screen.
const SeriesConfirm = lazyPart(() => import('./SeriesConfirm').then((m) => m.SeriesConfirm));

/**
 * The series this meeting belongs to, and "Next meeting in this series": after a confirm, the
 * host saves the next meeting beside this one and opens it in every view. Test ids:
 * series-panel (data-number), series-meeting (earlier meetings), series-next, series-confirm
 * (dialog) with series-confirm-start and series-confirm-cancel.
 */
export const SeriesPanel = memo(function SeriesPanel({
  workshop,
}: {
  workshop: WorkshopSlice<(typeof KEYS)[number]>;
}) {
  const { t } = useTranslation();
  const request = useRequest();
  const headingId = useId();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const number = workshop.series?.number ?? 1;
  const open = workshop.actions.filter((a) => isOpenStatus(a.status)).length;
  const meetings = workshop.series?.meetings ?? [];
  // The next meeting is a new file: the facilitator's alone (issue 16).
  const mayStartNext = useMayRequest('newMeetingInSeries');
  // File › Next meeting in this series… (Electron) asks here, so the menu confirms as the button does.
  useConsoleRequest('next-meeting', () => setAsking(true));

  async function start(): Promise<void> {
    setBusy(true);
    await request('newMeetingInSeries', undefined);
    setBusy(false);
    setAsking(false);
  }

  return (
    <section
      className="panel series-panel"
      data-testid="series-panel"
      data-number={number}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('series.badge', { n: number })}</h2>
      {meetings.length > 0 ? (
        <ol className="series-meetings">
          {meetings.map((m) => (
            <li key={m.number} data-testid="series-meeting" data-meeting={m.number}>
              {t('series.meetingLine', {
                n: m.number,
                when: formatDate(m.date, currentLanguage(), true) || t('series.noDate'),
              })}
            </li>
          ))}
        </ol>
      ) : null}
      {mayStartNext ? (
        <button
          type="button"
          className="button"
          data-testid="series-next"
          title={t('series.nextHint')}
          onClick={() => setAsking(true)}
        >
          {t('series.next')}
        </button>
      ) : null}
      {asking && mayStartNext ? (
        <SeriesConfirm
          number={number}
          open={open}
          busy={busy}
          onCancel={() => setAsking(false)}
          onStart={() => void start()}
        />
      ) : null}
    </section>
  );
}, sameSlice(KEYS));
