import type { ActionHistoryEntry } from '../../../../shared/model/actions';
import { entryFor } from '../../../../shared/series/actionHistory';
import { useTranslation } from '../../i18n/i18n';

/**
 * An action's progress through the series: "Møde 1: i gang · Møde 2: udført", each meeting's
 * note under its status; this meeting marked as not yet followed up until it is.
 */
export function HistoryTrail({
  history,
  meeting,
}: {
  history: readonly ActionHistoryEntry[];
  meeting: number;
}) {
  const { t } = useTranslation();
  const pending = entryFor(history, meeting) === undefined;
  return (
    <ol
      className="series-history"
      data-testid="series-history"
      aria-label={t('series.followUp.history')}
    >
      {history.map((h) => (
        <li
          key={h.meeting}
          className={h.meeting === meeting ? 'is-current' : undefined}
          data-testid="series-history-entry"
          data-meeting={h.meeting}
          data-status={h.status}
        >
          <span className="series-history-status">
            {t('series.followUp.entry', { n: h.meeting, status: t(`series.status.${h.status}`) })}
          </span>
          {h.note ? <span className="series-history-note"> — {h.note}</span> : null}
        </li>
      ))}
      {pending ? (
        <li className="is-current is-pending" data-testid="series-history-pending">
          <span className="series-history-status">
            {t('series.followUp.entry', { n: meeting, status: t('series.followUp.notYet') })}
          </span>
        </li>
      ) : null}
    </ol>
  );
}
