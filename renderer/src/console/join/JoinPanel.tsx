import './join.css';
import { memo } from 'react';
import { useRequest } from '../../common/hostContext';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { useTranslation } from '../../i18n/i18n';
import { useJoinState } from './useJoinState';
import { lazyPart } from '../../common/lazy/lazyPart';

// Joining is off by default: the open view and the QR encoder load when it opens, or in idle time.
const OpenJoining = lazyPart(() => import('./OpenJoining').then((m) => m.OpenJoining));

/**
 * Participants' phones: off by default. Open joining (the host then also listens on the local
 * network), show the code, address and QR here and, if wanted, large on the projector; see who
 * is connected, remove a phone, lock input. Memoised: it has no props, and its own hooks bring
 * what it shows, so a change in the workshop does not render it again.
 */
export const JoinPanel = memo(function JoinPanel() {
  const { t } = useTranslation();
  const join = useJoinState();
  const request = useRequest();
  const { projectorShowsJoin } = useSettings();
  const updateSettings = useUpdateSettings();
  const open = join?.open ?? false;

  async function toggle(next: boolean) {
    if (next) await request('openJoining', undefined);
    else {
      await request('closeJoining', undefined);
      // Nothing to join any more: the projector goes back to the meeting.
      if (projectorShowsJoin) void updateSettings({ projectorShowsJoin: false });
    }
  }

  return (
    <section
      className="panel join-panel"
      aria-labelledby="join-heading"
      data-testid="join-panel"
      data-open={open}
    >
      <div className="panel-head">
        <h2 id="join-heading">{t('join.heading')}</h2>
      </div>
      <label className="join-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="join-toggle"
          checked={open}
          disabled={join === null}
          onChange={(e) => void toggle(e.target.checked)}
        />
        <span>{t('join.toggle')}</span>
      </label>
      {join?.problem ? (
        <p className="join-problem" role="alert" data-testid="join-problem">
          {t('join.problem', { problem: join.problem })}
        </p>
      ) : null}
      {!open ? <p className="join-hint">{t('join.offHint')}</p> : null}
      {open && join ? <OpenJoining join={join} /> : null}
    </section>
  );
});
