import { useTranslation } from 'react-i18next';
import type { PhoneErrorCode } from '../../../shared/phones/protocol';
import type { PhoneSessionState } from './phoneSession';

/** Every code the host can refuse with has its own sentence: the compiler keeps the list whole. */
export const PHONE_ERROR_KEYS: Readonly<Record<PhoneErrorCode, `phone.errors.${PhoneErrorCode}`>> =
  {
    'invalid-message': 'phone.errors.invalid-message',
    'too-large': 'phone.errors.too-large',
    'too-fast': 'phone.errors.too-fast',
    'joining-closed': 'phone.errors.joining-closed',
    'bad-code': 'phone.errors.bad-code',
    'bad-token': 'phone.errors.bad-token',
    removed: 'phone.errors.removed',
    'input-locked': 'phone.errors.input-locked',
    'not-your-turn': 'phone.errors.not-your-turn',
    'wrong-room': 'phone.errors.wrong-room',
    'no-dots-left': 'phone.errors.no-dots-left',
    'already-submitted': 'phone.errors.already-submitted',
    'not-found': 'phone.errors.not-found',
    absent: 'phone.errors.absent',
    asking: 'phone.errors.asking',
    full: 'phone.errors.full',
    internal: 'phone.errors.internal',
  };

/** "Reconnecting" said calmly (nothing is lost), and the host's last refusal in words. */
export function PhoneNotices({
  state,
  onDismiss,
}: {
  state: PhoneSessionState;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {state.reconnecting ? (
        <p className="phone-reconnecting" data-testid="phone-reconnecting" role="status">
          <span className="phone-pulse" aria-hidden="true" />
          {state.queue.length > 0
            ? t('phone.reconnectingQueued', { count: state.queue.length })
            : t('phone.reconnecting')}
        </p>
      ) : null}
      {state.error ? (
        <div
          className="phone-error"
          role="alert"
          data-testid="phone-error"
          data-code={state.error.code}
        >
          <p>{t(PHONE_ERROR_KEYS[state.error.code])}</p>
          <button type="button" className="phone-link-button" onClick={onDismiss}>
            {t('phone.dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}
