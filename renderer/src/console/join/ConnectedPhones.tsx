import { useTranslation } from 'react-i18next';
import type { JoinState } from '../../../../shared/phones/protocol';
import { useRequest } from '../../common/hostContext';

/** Who has joined, whether their phone is connected now, and a way to remove a phone. */
export function ConnectedPhones({ phones }: { phones: JoinState['phones'] }) {
  const { t } = useTranslation();
  const request = useRequest();
  const connected = phones.filter((p) => p.connected).length;
  return (
    <div className="join-phones">
      <p className="join-label" data-testid="join-count" data-connected={connected}>
        {t('join.connected', { count: connected, total: phones.length })}
      </p>
      {phones.length === 0 ? (
        <p className="join-hint">{t('join.nobody')}</p>
      ) : (
        <ul className="join-phone-list">
          {phones.map((phone) => (
            <li
              key={phone.phoneId}
              className="join-phone"
              data-testid="join-phone"
              data-participant-id={phone.participantId}
              data-connected={phone.connected}
            >
              <span className={`join-dot${phone.connected ? ' is-on' : ''}`} aria-hidden="true" />
              <span className="join-phone-name">{phone.name}</span>
              <span className="join-phone-state">
                {phone.connected ? t('join.online') : t('join.offline')}
              </span>
              <button
                type="button"
                className="button button-quiet join-remove"
                data-testid="join-remove"
                onClick={() => void request('removePhone', { phoneId: phone.phoneId })}
              >
                {t('join.remove')}
                <span className="visually-hidden"> {phone.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
