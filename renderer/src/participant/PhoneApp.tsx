import { usePhoneText } from './i18n/phoneI18n';
import { CodeEntry } from './CodeEntry';
import { NamePicker } from './NamePicker';
import { PhoneFrame } from './PhoneFrame';
import type { PhoneSession } from './phoneSession';
import type { KeyValueStore } from './phoneStorage';
import { PhoneNotices } from './PhoneNotices';
import { PhoneRoom } from './PhoneRoom';
import { usePhoneState } from './usePhoneState';

/** The phone page: no code in the address means nothing to join. */
export function PhoneApp({
  session,
  store,
}: {
  session: PhoneSession | null;
  store: KeyValueStore | null;
}) {
  if (!session) {
    return (
      <PhoneFrame title="" me={null} store={store}>
        <CodeEntry
          onCode={(code) => {
            // Load the page as the QR code would have opened it: the session starts from the address.
            const url = new URL(location.href);
            url.searchParams.set('c', code);
            location.assign(url.toString());
          }}
        />
      </PhoneFrame>
    );
  }
  return <PhoneSessionView session={session} store={store} />;
}

function PhoneSessionView({
  session,
  store,
}: {
  session: PhoneSession;
  store: KeyValueStore | null;
}) {
  const { t } = usePhoneText();
  const state = usePhoneState(session);
  const title = state.view?.workshopTitle ?? state.workshopTitle;
  const waitingName = state.names.find((n) => n.id === state.joiningAs)?.name ?? '';
  return (
    <PhoneFrame title={title} me={state.view?.me ?? null} store={store} phase={state.phase}>
      <PhoneNotices state={state} onDismiss={session.dismissError} />
      {state.phase === 'connecting' ? (
        <p className="phone-quiet" data-testid="phone-connecting" role="status">
          {t('connecting')}
        </p>
      ) : null}
      {state.phase === 'choosing' ? (
        <NamePicker
          names={state.names}
          joiningAs={state.joiningAs}
          disabled={state.reconnecting}
          onPick={session.join}
        />
      ) : null}
      {state.phase === 'waiting' ? (
        <section className="phone-card" data-testid="phone-waiting" role="status">
          <h2>{t('waiting.title')}</h2>
          <p>{t('waiting.text', { name: waitingName })}</p>
        </section>
      ) : null}
      {state.phase === 'joined' && state.view ? (
        <PhoneRoom view={state.view} state={state} session={session} />
      ) : null}
      {state.phase === 'ended' ? (
        <section
          className="phone-card phone-ended"
          data-testid="phone-ended"
          data-reason={state.endReason ?? ''}
        >
          <h2>{t(`ended.${state.endReason ?? 'joining-closed'}Title`)}</h2>
          <p>{t(`ended.${state.endReason ?? 'joining-closed'}`)}</p>
        </section>
      ) : null}
    </PhoneFrame>
  );
}
