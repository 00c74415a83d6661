import type { TeamDevice, TeamState } from '../../../../shared/team/contract';
import { useRequest } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

/** Who has joined as referent, co-facilitator or projector PC, and a way to end a device. */
export function TeamDevices({
  devices,
  onChanged,
}: {
  devices: readonly TeamDevice[];
  onChanged: (team: TeamState) => void;
}) {
  const { t } = useTranslation();
  const request = useRequest();

  async function end(device: TeamDevice): Promise<void> {
    const role = t(`teamPanel.roles.${device.role}`);
    // Ending cannot be taken back (the device needs a new code), so it is asked about first.
    if (!window.confirm(t('teamPanel.endConfirm', { name: device.name, role }))) return;
    const next = await request('endTeamDevice', { deviceId: device.deviceId });
    if (next) onChanged(next);
  }

  return (
    <div className="team-devices">
      <p className="join-label">{t('teamPanel.devices')}</p>
      {devices.length === 0 ? (
        <p className="join-hint">{t('teamPanel.noDevices')}</p>
      ) : (
        <ul className="join-phone-list">
          {devices.map((device) => {
            const role = t(`teamPanel.roles.${device.role}`);
            return (
              <li
                key={device.deviceId}
                className="join-phone team-device"
                data-testid="team-device"
                data-role={device.role}
                data-connected={device.connected}
              >
                <span
                  className={`join-dot${device.connected ? ' is-on' : ''}`}
                  aria-hidden="true"
                />
                <span className="join-phone-name">
                  {device.name}
                  <span className="team-device-role"> · {role}</span>
                </span>
                <span className="join-phone-state">
                  {device.connected ? t('teamPanel.online') : t('teamPanel.offline')}
                </span>
                <button
                  type="button"
                  className="button button-quiet join-remove"
                  data-testid="team-device-end"
                  aria-label={t('teamPanel.endLabel', { name: device.name, role })}
                  onClick={() => void end(device)}
                >
                  {t('teamPanel.end')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
