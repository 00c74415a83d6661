import { usePhoneText } from './i18n/phoneI18n';
import type { PhoneSessionState } from './phoneSession';

/** "Reconnecting" said calmly (nothing is lost), and the host's last refusal in words. */
export function PhoneNotices({
  state,
  onDismiss,
}: {
  state: PhoneSessionState;
  onDismiss: () => void;
}) {
  const { t } = usePhoneText();
  return (
    <>
      {state.reconnecting ? (
        <p className="phone-reconnecting" data-testid="phone-reconnecting" role="status">
          <span className="phone-pulse" aria-hidden="true" />
          {state.queue.length > 0
            ? t('reconnectingQueued', { count: state.queue.length })
            : t('reconnecting')}
        </p>
      ) : null}
      {state.error ? (
        <div
          className="phone-error"
          role="alert"
          data-testid="phone-error"
          data-code={state.error.code}
        >
          {/* A key for every code the host can refuse with: the compiler keeps the list whole. */}
          <p>{t(`errors.${state.error.code}`)}</p>
          <button type="button" className="phone-link-button" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}
