import './series.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/model/workshop';
import { isOpenStatus } from '../../../../shared/series/actionHistory';
import { formatDate } from '../../common/formatting';
import { useRequest } from '../../common/hostContext';
import { currentLanguage } from '../../i18n/i18n';
import { useConsoleRequest } from '../settings/consoleRequests';
import { Modal } from '../settings/Modal';

/**
 * The series this meeting belongs to, and "Next meeting in this series": after a confirm, the
 * host saves the next meeting beside this one and opens it in every view. Test ids:
 * series-panel (data-number), series-meeting (earlier meetings), series-next, series-confirm
 * (dialog) with series-confirm-start and series-confirm-cancel.
 */
export function SeriesPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const request = useRequest();
  const headingId = useId();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const number = workshop.series?.number ?? 1;
  const open = workshop.actions.filter((a) => isOpenStatus(a.status)).length;
  const meetings = workshop.series?.meetings ?? [];
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
      <button
        type="button"
        className="button"
        data-testid="series-next"
        title={t('series.nextHint')}
        onClick={() => setAsking(true)}
      >
        {t('series.next')}
      </button>
      {asking ? (
        <Modal
          title={t('series.confirmTitle')}
          onClose={() => setAsking(false)}
          closeLabel={t('series.cancel')}
          testId="series-confirm"
        >
          <p>
            {t('series.confirmBody', {
              count: open,
              meeting: t('series.meetingN', { n: number + 1 }),
            })}
          </p>
          <p>{t('series.confirmKeeps')}</p>
          <div className="button-group series-confirm-buttons">
            <button
              type="button"
              className="button"
              data-testid="series-confirm-cancel"
              onClick={() => setAsking(false)}
            >
              {t('series.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              data-testid="series-confirm-start"
              disabled={busy}
              onClick={() => void start()}
            >
              {t('series.confirm')}
            </button>
          </div>
        </Modal>
      ) : null}
    </section>
  );
}
