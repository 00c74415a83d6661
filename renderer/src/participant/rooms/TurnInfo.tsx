import { usePhoneText } from '../i18n/phoneI18n';
import type { PhonePoint } from './phonePoint';

/** Your turn / whose turn / who is next, in words large enough to read at arm's length. */
export function TurnInfo({ turns, me }: { turns: PhonePoint['turns']; me: string }) {
  const { t } = usePhoneText();
  if (!turns) return null;
  if (turns.mode === 'free') {
    return (
      <p className="phone-turn" data-testid="phone-turn" data-turn="free">
        {t('turns.free')}
      </p>
    );
  }
  if (turns.ended) {
    return (
      <p className="phone-turn" data-testid="phone-turn" data-turn="ended">
        {t('turns.ended')}
      </p>
    );
  }
  const mine = turns.holderId === me;
  return (
    <div
      className={`phone-turn${mine ? ' is-mine' : ''}`}
      data-testid="phone-turn"
      data-turn={mine ? 'mine' : 'other'}
    >
      <p className="phone-turn-now">
        {mine
          ? t('turns.yours')
          : turns.holderName
            ? t('turns.whose', { name: turns.holderName })
            : t('turns.nobody')}
      </p>
      {turns.nextName && !mine ? (
        <p className="phone-turn-next">{t('turns.next', { name: turns.nextName })}</p>
      ) : null}
    </div>
  );
}
