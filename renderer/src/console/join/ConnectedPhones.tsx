import type { JoinPhone } from '../../../../shared/phones/protocol';
import { useRequest } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

/**
 * Who has joined, whether their phone is connected now, and a way to remove a phone. A second
 * phone for someone who has one is asked about first: yes ends the first phone and lets the
 * new one in (removePhone with the first phone's id), no refuses the new one (its own id).
 */
export function ConnectedPhones({ phones }: { phones: JoinPhone[] }) {
  const { t } = useTranslation();
  const request = useRequest();
  const joined = phones.filter((p) => p.asksToReplace === null);
  const asks = phones.filter((p) => p.asksToReplace !== null);
  const connected = joined.filter((p) => p.connected).length;
  const remove = (phoneId: string) => void request('removePhone', { phoneId });
  return (
    <div className="join-phones">
      {asks.map((ask) => (
        <div
          key={ask.phoneId}
          className="join-ask"
          role="alert"
          data-testid="join-ask"
          data-participant-id={ask.participantId}
        >
          <p className="join-ask-question">{t('join.ask.question', { name: ask.name })}</p>
          <p className="join-hint">{t('join.ask.hint', { name: ask.name })}</p>
          <div className="join-ask-buttons">
            <button
              type="button"
              className="button"
              data-testid="join-ask-accept"
              onClick={() => remove(ask.asksToReplace!)}
            >
              {t('join.ask.accept')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              data-testid="join-ask-refuse"
              onClick={() => remove(ask.phoneId)}
            >
              {t('join.ask.refuse')}
            </button>
          </div>
        </div>
      ))}
      <p className="join-label" data-testid="join-count" data-connected={connected}>
        {t('join.connected', { count: connected, total: joined.length })}
      </p>
      {joined.length === 0 ? (
        <p className="join-hint">{t('join.nobody')}</p>
      ) : (
        <ul className="join-phone-list">
          {joined.map((phone) => (
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
                onClick={() => remove(phone.phoneId)}
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
