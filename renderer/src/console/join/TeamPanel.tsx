import './team.css';
import { useTranslation } from '../../i18n/i18n';
import { TeamCodes } from './TeamCodes';
import { TeamDevices } from './TeamDevices';
import { useTeamState } from './useTeamState';

/**
 * The referent's, co-facilitator's and projector PC's way in (issue 16), beside the phones while
 * joining is open: a code per role with its QR code (here only, never on the projector), a new
 * code, what the role may do, and the devices that have joined, each of which can be ended.
 *
 * Test ids: team-panel; per role team-code-<role>, team-qr-<role>, team-renew-<role>; rows
 * team-device (data-role, data-connected) with team-device-end (after a confirm).
 */
export function TeamPanel() {
  const { t } = useTranslation();
  const { team, set } = useTeamState();
  return (
    <section className="team-panel" aria-labelledby="team-heading" data-testid="team-panel">
      <h3 id="team-heading" className="team-heading">
        {t('teamPanel.heading')}
      </h3>
      <p className="join-hint">{t('teamPanel.hint')}</p>
      {team ? (
        <>
          <TeamCodes team={team} onChanged={set} />
          <TeamDevices devices={team.devices} onChanged={set} />
        </>
      ) : null}
      <p className="join-hint">{t('teamPanel.stays')}</p>
    </section>
  );
}
