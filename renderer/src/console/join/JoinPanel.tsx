import './join.css';
import { useTranslation } from 'react-i18next';
import type { JoinStateWhole } from '../../../../shared/phones/protocol';
import { useRequest } from '../../common/hostContext';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { ConnectedPhones } from './ConnectedPhones';
import { QrCode } from './QrCode';
import { useJoinState } from './useJoinState';

/**
 * Participants' phones: off by default. Open joining (the host then also listens on the local
 * network), show the code, address and QR here and, if wanted, large on the projector; see who
 * is connected, remove a phone, lock input.
 */
export function JoinPanel() {
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
}

function OpenJoining({ join }: { join: JoinStateWhole }) {
  const { t } = useTranslation();
  const request = useRequest();
  const { projectorShowsJoin } = useSettings();
  const updateSettings = useUpdateSettings();
  return (
    <>
      <div className="join-code-block">
        {join.url ? (
          <QrCode
            className="join-qr"
            text={join.url}
            label={t('join.qrLabel', { url: join.url })}
          />
        ) : null}
        <div className="join-code-text">
          <p className="join-label">{t('join.code')}</p>
          <p className="join-code" data-testid="join-code">
            {join.code}
          </p>
          <p className="join-label">{t('join.url')}</p>
          <p className="join-url" data-testid="join-url">
            {join.url}
          </p>
        </div>
      </div>
      <label className="join-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="join-projector-toggle"
          checked={projectorShowsJoin}
          onChange={(e) => void updateSettings({ projectorShowsJoin: e.target.checked })}
        />
        <span>{t('join.onProjector')}</span>
      </label>
      <label className="join-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="join-lock"
          checked={join.locked}
          onChange={(e) => void request('setInputLocked', { locked: e.target.checked })}
        />
        <span>{t('join.lock')}</span>
      </label>
      {join.locked ? <p className="join-hint">{t('join.lockedHint')}</p> : null}
      <ConnectedPhones phones={join.phones} />
    </>
  );
}
