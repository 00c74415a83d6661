import './followUp.css';
import { useTranslation } from 'react-i18next';
import type { Action, ActionStatus } from '../../../../shared/model/actions';
import type { Workshop } from '../../../../shared/model/workshop';
import { entryFor } from '../../../../shared/series/actionHistory';
import {
  carriedActions,
  followUpPoint,
  isFollowUpActive,
} from '../../../../shared/series/followUp';
import { useWorkshopState } from '../../common/hostContext';
import { roomStyle } from '../../common/roomStyle';
import { TimerDisplay } from '../../common/timer/TimerDisplay';
import { Icon } from '../rooms/icons';

/** Rows a projector shows legibly; the rest are counted ("+ 4 more"). */
const MAX_ROWS = 9;

const STATUS_ICON: Record<ActionStatus, 'question' | 'bolt' | 'check' | 'warning'> = {
  open: 'question',
  'in-progress': 'bolt',
  done: 'check',
  dropped: 'warning',
};

/**
 * While the follow-up point runs (normal mode), the carried actions, large, over the room
 * view: what, who, the status now and the way there ("Møde 1: i gang · Møde 2: udført").
 * Status is in words as well as colour. Test ids: pfu-root (data-count), pfu-row
 * (data-action-id, data-status, data-followed), pfu-status, pfu-history.
 */
export function FollowUpProjection({ mode, theme }: { mode: string; theme: 'light' | 'dark' }) {
  const workshop = useWorkshopState().snapshot?.workshop;
  if (!workshop || mode !== 'normal' || !isFollowUpActive(workshop)) return null;
  return <FollowUpTable workshop={workshop} theme={theme} />;
}

function FollowUpTable({ workshop, theme }: { workshop: Workshop; theme: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const series = workshop.series;
  const point = followUpPoint(workshop);
  if (!series || !point) return null;
  const actions = carriedActions(workshop);
  const shown = actions.slice(0, MAX_ROWS);
  const index = workshop.agenda.indexOf(point);
  const who = (a: Action) =>
    [
      ...a.ownerIds.map((id) => workshop.participants.find((p) => p.id === id)?.name ?? ''),
      a.ownerOrganisation,
    ]
      .filter(Boolean)
      .join(', ');

  return (
    <div
      className="pfu"
      data-testid="pfu-root"
      data-count={actions.length}
      style={roomStyle('acting', theme)}
    >
      <header className="pfu-head">
        <div>
          <p className="pfu-kicker">
            {t('projector.pointOf', { n: index + 1, count: workshop.agenda.length })} ·{' '}
            {t('series.badge', { n: series.number })}
          </p>
          <h1 className="pfu-title">{t('series.projector.heading', { count: actions.length })}</h1>
        </div>
        <TimerDisplay timer={point.timer} className="pfu-timer" />
      </header>
      {actions.length === 0 ? (
        <p className="pfu-empty">{t('series.projector.empty')}</p>
      ) : (
        <table className="pfu-table">
          <thead>
            <tr>
              <th scope="col">{t('series.projector.what')}</th>
              <th scope="col">{t('series.projector.who')}</th>
              <th scope="col">{t('series.projector.status')}</th>
              <th scope="col">{t('series.projector.history')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => {
              const entry = entryFor(a.history, series.number);
              const earlier = a.history.filter((h) => h.meeting < series.number);
              return (
                <tr
                  key={a.id}
                  className={`pfu-row${entry ? ' is-followed' : ''}`}
                  data-testid="pfu-row"
                  data-action-id={a.id}
                  data-status={a.status}
                  data-followed={entry ? 'yes' : 'no'}
                >
                  <td className="pfu-what">
                    {a.what}
                    {entry?.note ? <span className="pfu-note">{entry.note}</span> : null}
                  </td>
                  <td>{who(a)}</td>
                  <td>
                    {entry ? (
                      <span className="pfu-status" data-testid="pfu-status" data-status={a.status}>
                        <Icon name={STATUS_ICON[a.status]} />
                        {t(`series.status.${a.status}`)}
                      </span>
                    ) : (
                      <span className="pfu-status is-waiting" data-testid="pfu-status">
                        {t('series.projector.waiting')}
                      </span>
                    )}
                  </td>
                  <td className="pfu-history" data-testid="pfu-history">
                    {earlier
                      .map((h) =>
                        t('series.followUp.entry', {
                          n: h.meeting,
                          status: t(`series.status.${h.status}`),
                        }),
                      )
                      .join(' · ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {actions.length > MAX_ROWS ? (
        <p className="pfu-more">{t('projectorRooms.more', { count: actions.length - MAX_ROWS })}</p>
      ) : null}
    </div>
  );
}
