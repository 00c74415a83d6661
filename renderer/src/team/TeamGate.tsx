import './team.css';
import { useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { mayDispatch, mayExport, mayRequest } from '../../../shared/team/permissions';
import type { DeviceRole } from '../../../shared/team/roles';
import { createTeamClient } from '../client/createClient';
import { setTeamToken, type TeamPage } from '../client/teamPage';
import {
  addressWithoutCode,
  forgetTeamDevice,
  loadTeamDevice,
  type KeyValueStore,
  type TeamDeviceRecord,
} from '../client/teamSession';
import { createWorkshopStore } from '../client/workshopStore';
import { createErrorStore } from '../common/errorStore';
import { HostProvider, type HostServices } from '../common/hostContext';
import { LanguageSync } from '../common/LanguageSync';
import { RoleProvider, type RoleChecks } from '../common/roleContext';
import { useTranslation } from '../i18n/i18n';
import { TeamJoinForm } from './TeamJoinForm';

type Phase =
  | { kind: 'join' }
  | { kind: 'in'; record: TeamDeviceRecord }
  | { kind: 'ended' }
  /** Opened again in another tab or window, which now is this device: this one stops. */
  | { kind: 'replaced' };

function browserStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * A team device's page (issue 16): join with a code and a name, then the console or the
 * projector as this device, with the controls of its role; and, once the facilitator ends the
 * device, a page that says so instead of a console that no longer answers.
 */
export function TeamGate({ page, App }: { page: TeamPage; App: ComponentType }) {
  const [store] = useState(browserStore);
  const [phase, setPhase] = useState<Phase>(() => {
    const record = loadTeamDevice(store, page);
    return record ? { kind: 'in', record } : { kind: 'join' };
  });

  if (phase.kind === 'in') {
    return (
      <TeamDevice
        key={phase.record.token}
        record={phase.record}
        App={App}
        onEnded={(why) => {
          if (why === 'ended') forgetTeamDevice(store, page);
          setPhase({ kind: why });
        }}
      />
    );
  }
  if (phase.kind === 'ended') return <TeamEnded onJoinAgain={() => setPhase({ kind: 'join' })} />;
  if (phase.kind === 'replaced') return <TeamReplaced />;
  return (
    <TeamJoinForm
      page={page}
      store={store}
      onJoined={({ record, goTo }) => {
        // The code is spent: not left in the address bar (or history) to be shared by accident.
        window.history.replaceState(
          window.history.state,
          '',
          addressWithoutCode(window.location.href),
        );
        if (goTo) window.location.assign(goTo);
        else setPhase({ kind: 'in', record });
      }}
    />
  );
}

/** What the role may do: the lists the host checks every request against. */
function checksFor(role: DeviceRole): RoleChecks {
  return {
    role,
    mayDispatch: (type) => mayDispatch(role, type),
    mayRequest: (name) => mayRequest(role, name),
    mayExport: () => mayExport(role),
  };
}

/** The page as this device: its own client and store, its role from the host. */
function TeamDevice({
  record,
  App,
  onEnded,
}: {
  record: TeamDeviceRecord;
  App: ComponentType;
  onEnded: (why: 'ended' | 'replaced') => void;
}) {
  const [services, setServices] = useState<HostServices | null>(null);
  const [role, setRole] = useState<DeviceRole>(record.role);
  const checks = useMemo(() => checksFor(role), [role]);
  const ended = useRef(onEnded);
  useEffect(() => {
    ended.current = onEnded;
  });

  useEffect(() => {
    const client = createTeamClient(record.token, (why) => ended.current(why));
    setTeamToken(record.token);
    const made: HostServices = {
      client,
      store: createWorkshopStore(client),
      errors: createErrorStore(),
    };
    setServices(made);
    // The host is the judge of the role; the one kept from joining shows the page meanwhile.
    client.request('getSession', undefined).then(
      (session) => setRole(session.role),
      () => {},
    );
    return () => {
      setTeamToken(null);
      made.store.dispose();
      client.close();
    };
  }, [record.token]);

  if (!services) return null;
  return (
    <HostProvider services={services}>
      <RoleProvider checks={checks}>
        <LanguageSync />
        <App />
      </RoleProvider>
    </HostProvider>
  );
}

function TeamEnded({ onJoinAgain }: { onJoinAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="team-join">
      <div className="team-join-card" data-testid="team-ended" role="alert">
        <h1>{t('teamPage.ended')}</h1>
        <p className="team-join-lead">{t('teamPage.endedHint')}</p>
        <button type="button" className="team-join-submit" onClick={onJoinAgain}>
          {t('teamPage.joinAgain')}
        </button>
      </div>
    </main>
  );
}

function TeamReplaced() {
  const { t } = useTranslation();
  return (
    <main className="team-join">
      <div className="team-join-card" data-testid="team-replaced" role="alert">
        <h1>{t('teamPage.replaced')}</h1>
        <button type="button" className="team-join-submit" onClick={() => window.location.reload()}>
          {t('teamPage.useHere')}
        </button>
      </div>
    </main>
  );
}
