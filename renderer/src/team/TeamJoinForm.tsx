import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_DEVICE_NAME } from '../../../shared/team/roles';
import type { TeamPage } from '../client/teamPage';
import {
  codeInAddress,
  isCode,
  joinTeam,
  normaliseCode,
  type JoinFailure,
  type JoinOutcome,
  type KeyValueStore,
} from '../client/teamSession';
import { useTranslation } from '../i18n/i18n';

interface Props {
  page: TeamPage;
  store: KeyValueStore | null;
  onJoined: (outcome: Extract<JoinOutcome, { ok: true }>) => void;
}

/**
 * Joining a team device: the code from the address (or typed), and a name the others see. The
 * projector PC asks for no name: it is "Projektor" on the facilitator's list, and with its code
 * in the address it joins at once.
 */
export function TeamJoinForm({ page, store, onJoined }: Props) {
  const { t } = useTranslation();
  const projector = page === 'projector';
  const [fromAddress] = useState(() => codeInAddress(window.location.search));
  const [code, setCode] = useState(fromAddress);
  const [askCode, setAskCode] = useState(!isCode(fromAddress));
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<JoinFailure | null>(null);
  const projectorName = t('teamPage.projectorName');

  async function join(): Promise<void> {
    setBusy(true);
    setError(null);
    const outcome = await joinTeam({
      fetch: window.fetch.bind(window),
      store,
      page,
      code,
      name: projector ? projectorName : name,
    });
    setBusy(false);
    if (outcome.ok) {
      onJoined(outcome);
      return;
    }
    setError(outcome.error);
    // A code that failed is shown to be corrected.
    if (outcome.error === 'bad-code') setAskCode(true);
  }

  // The projector PC with its code in the address joins without a click: it is on a wall.
  const started = useRef(false);
  useEffect(() => {
    if (!projector || !isCode(fromAddress) || started.current) return;
    started.current = true;
    void join();
    // Once, on the page's first load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submit(e: FormEvent): void {
    e.preventDefault();
    if (!busy) void join();
  }

  return (
    <main className="team-join" data-page={page}>
      <form className="team-join-card" onSubmit={submit} noValidate>
        <h1>{t('teamPage.heading')}</h1>
        <p className="team-join-lead">
          {t(projector ? 'teamPage.projectorLead' : 'teamPage.lead')}
        </p>
        {askCode ? (
          <label className="team-join-field">
            <span>{t('teamPage.code')}</span>
            <input
              data-testid="team-join-code"
              value={code}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={12}
              onChange={(e) => setCode(normaliseCode(e.target.value))}
            />
          </label>
        ) : null}
        {projector ? null : (
          <label className="team-join-field">
            <span>{t('teamPage.name')}</span>
            <input
              data-testid="team-join-name"
              value={name}
              autoComplete="name"
              maxLength={MAX_DEVICE_NAME}
              autoFocus={!askCode}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
        )}
        {error ? (
          <p className="team-join-error" data-testid="team-join-error" role="alert">
            {t(`teamPage.errors.${error}`)}
          </p>
        ) : null}
        <button
          type="submit"
          className="team-join-submit"
          data-testid="team-join-submit"
          disabled={busy}
        >
          {t(busy ? 'teamPage.joining' : 'teamPage.submit')}
        </button>
      </form>
    </main>
  );
}
