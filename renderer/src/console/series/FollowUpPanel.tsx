import './series.css';
import { useId } from 'react';
import type { Workshop } from '../../../../shared/model/workshop';
import { entryFor } from '../../../../shared/series/actionHistory';
import { carriedActions, isFollowUpActive } from '../../../../shared/series/followUp';
import { useTranslation } from '../../i18n/i18n';
import { lazyPart } from '../../common/lazy/lazyPart';

// The rows (status, note, history) are needed on the follow-up point only: they load when it
// runs, or in idle time after the first screen.
const FollowUpRow = lazyPart(() => import('./FollowUpRow').then((m) => m.FollowUpRow));

/**
 * While the follow-up point runs: each action carried from the last meeting with a status and
 * a note for this meeting, and its history. Test ids: series-followup (data-count,
 * data-followed), series-followup-row (data-action-id, data-followed yes|no, data-status),
 * series-followup-status (select), series-followup-note (Enter or blur saves),
 * series-history, series-history-entry (data-meeting, data-status), series-history-pending.
 */
export function FollowUpPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const headingId = useId();
  const series = workshop.series;
  if (!series || !isFollowUpActive(workshop)) return null;
  const actions = carriedActions(workshop);
  const followed = actions.filter((a) => entryFor(a.history, series.number)).length;

  return (
    <section
      className="panel series-followup"
      data-testid="series-followup"
      data-count={actions.length}
      data-followed={followed}
      aria-labelledby={headingId}
    >
      <div className="series-followup-head">
        <h2 id={headingId}>{t('series.followUp.heading')}</h2>
        {actions.length > 0 ? (
          <span className="series-progress">
            {t('series.followUp.progress', { done: followed, count: actions.length })}
          </span>
        ) : null}
      </div>
      <p className="hint">{t('series.followUp.hint')}</p>
      {actions.length === 0 ? (
        <p className="empty">{t('series.followUp.empty')}</p>
      ) : (
        <ol className="series-rows">
          {actions.map((a) => (
            <FollowUpRow
              key={a.id}
              action={a}
              meeting={series.number}
              participants={workshop.participants}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
