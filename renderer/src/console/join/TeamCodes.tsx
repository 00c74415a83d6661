import { useState } from 'react';
import type { TeamState } from '../../../../shared/team/contract';
import { TEAM_ROLES, type TeamRole } from '../../../../shared/team/roles';
import { useRequest } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';
import { QrCode } from './QrCode';

/**
 * A code per role, large enough to read across the table, what the role may do, and a new code
 * for it. One QR code at a time, the role chosen by its button: three would crowd the panel.
 */
export function TeamCodes({
  team,
  onChanged,
}: {
  team: TeamState;
  onChanged: (team: TeamState) => void;
}) {
  const { t } = useTranslation();
  const request = useRequest();
  const [shown, setShown] = useState<TeamRole>('referent');
  const url = team.urls[shown];

  async function renew(role: TeamRole): Promise<void> {
    const next = await request('renewTeamCode', { role });
    if (next) onChanged(next);
  }

  return (
    <div className="team-codes">
      <ul className="team-roles">
        {TEAM_ROLES.map((role) => {
          const name = t(`teamPanel.roles.${role}`);
          const code = team.codes[role];
          return (
            <li key={role} className="team-role" data-role={role} data-shown={role === shown}>
              <div className="team-role-head">
                <span className="team-role-name">{name}</span>
                {code ? (
                  <span className="team-code" data-testid={`team-code-${role}`}>
                    {code}
                  </span>
                ) : (
                  <span className="join-hint">{t('teamPanel.noCode')}</span>
                )}
              </div>
              <p className="team-may">{t(`teamPanel.may.${role}`)}</p>
              <div className="team-role-buttons">
                <button
                  type="button"
                  className="button button-small"
                  aria-pressed={role === shown}
                  aria-label={t('teamPanel.showQrLabel', { role: name })}
                  data-testid={`team-show-qr-${role}`}
                  disabled={!team.urls[role]}
                  onClick={() => setShown(role)}
                >
                  {t('teamPanel.showQr')}
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  data-testid={`team-renew-${role}`}
                  aria-label={t('teamPanel.renewLabel', { role: name })}
                  title={t('teamPanel.renewHint')}
                  disabled={!team.open}
                  onClick={() => void renew(role)}
                >
                  {t('teamPanel.renew')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {url ? (
        <figure className="team-qr-block">
          <QrCode
            className="join-qr"
            text={url}
            testId={`team-qr-${shown}`}
            label={t('teamPanel.qrLabel', { role: t(`teamPanel.roles.${shown}`), url })}
          />
          <figcaption>
            <span className="join-label">{t(`teamPanel.roles.${shown}`)}</span>
            <span className="join-url">{url}</span>
          </figcaption>
        </figure>
      ) : null}
    </div>
  );
}
