import type { JoinStateWhole } from '../../../../shared/phones/protocol';
import { useRequest } from '../../common/hostContext';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { useTranslation } from '../../i18n/i18n';
import { ConnectedPhones } from './ConnectedPhones';
import { QrCode } from './QrCode';
import { TeamPanel } from './TeamPanel';

/**
 * Joining is open: the QR code, code and address, the projector and lock switches, the phones,
 * and the team devices' codes (TeamPanel), all loaded with this part when joining opens.
 */
export function OpenJoining({ join }: { join: JoinStateWhole }) {
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
      <TeamPanel />
    </>
  );
}
