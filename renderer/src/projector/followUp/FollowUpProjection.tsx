import './followUp.css';
import { useMemo, useRef } from 'react';
import type { ActionStatus } from '../../../../shared/model/actions';
import type { Workshop } from '../../../../shared/model/workshop';
import { entryFor } from '../../../../shared/series/actionHistory';
import {
  carriedActions,
  followUpPoint,
  isFollowUpActive,
} from '../../../../shared/series/followUp';
import { useWorkshopState } from '../../common/hostContext';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { roomStyle } from '../../common/roomStyle';
import { TimerDisplay } from '../../common/timer/TimerDisplay';
import { useTranslation } from '../../i18n/i18n';
import { range } from '../paging/fitPanel';
import { PageBar } from '../paging/PageBar';
import { ActionOwners } from '../rooms/ActionOwners';
import { ColumnHeads } from '../rooms/ColumnHeads';
import { LAYERS } from '../paging/projectorPaging';
import { pagesOf, usePanelFit, useShowPage } from '../paging/usePanelFit';
import { useProjectorPage } from '../paging/useProjectorPage';
import { Icon } from '../rooms/icons';

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
 * (data-action-id, data-status, data-followed), pfu-status, pfu-history. Long texts wrap; the
 * type shrinks to the floor, then the rows page ("Side 1 af 3"), none out of sight.
 */
export function FollowUpProjection({ mode, theme }: { mode: string; theme: 'light' | 'dark' }) {
  const workshop = useWorkshopState().snapshot?.workshop;
  if (!workshop || mode !== 'normal' || !isFollowUpActive(workshop)) return null;
  return <FollowUpTable workshop={workshop} theme={theme} />;
}

function FollowUpTable({ workshop, theme }: { workshop: Workshop; theme: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const box = useRef<HTMLDivElement>(null);
  const series = workshop.series;
  const point = followUpPoint(workshop);
  const actions = useMemo(() => carriedActions(workshop), [workshop]);
  const keys = useMemo(() => actions.map((a) => a.id), [actions]);
  const fit = usePanelFit(box, keys, () => range(4.2), [actions, workshop.participants, hy]);
  const { page, pages } = useProjectorPage(`follow-up:${point?.id ?? ''}`, pagesOf(fit), {
    layer: LAYERS.followUp,
    start: 'first',
  });
  useShowPage(box, fit, page);
  if (!series || !point) return null;
  const index = workshop.agenda.indexOf(point);
  const nameOf = (id: string) => workshop.participants.find((p) => p.id === id)?.name;
  return (
    <div
      className="pfu"
      data-testid="pfu-root"
      data-count={actions.length}
      style={roomStyle('acting', theme)}
    >
      <header className="pfu-head">
        <div className="pfu-heading">
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
        <div className="pfu-table-box" ref={box}>
          <table className="pfu-table">
            <ColumnHeads
              labels={(['what', 'who', 'status', 'history'] as const).map((c) =>
                t(`series.projector.${c}`),
              )}
            />
            <tbody>
              {actions.map((a) => {
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
                    data-pr-item={`action:${a.id}`}
                  >
                    <td className="pfu-what">
                      {hy(a.what)}
                      {entry?.note ? <span className="pfu-note">{hy(entry.note)}</span> : null}
                    </td>
                    <td>
                      <ActionOwners action={a} nameOf={nameOf} />
                    </td>
                    <td>
                      {entry ? (
                        <span
                          className="pfu-status"
                          data-testid="pfu-status"
                          data-status={a.status}
                        >
                          <Icon name={STATUS_ICON[a.status]} />
                          {hy(t(`series.status.${a.status}`))}
                        </span>
                      ) : (
                        <span className="pfu-status is-waiting" data-testid="pfu-status">
                          {hy(t('series.projector.waiting'))}
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
        </div>
      )}
      <PageBar page={page} pages={pages} />
    </div>
  );
}
