import type { Editor, Session } from '../../../../shared/team/contract';
import { FACILITATOR, FACILITATOR_DEVICE_ID } from '../../../../shared/team/roles';
import type { ChangeBy, ChangeSource } from '../../client/changeAuthors';
import type { HostClient } from '../../client/hostClient';

/** Who made a change to a field, as the field names it. */
export type Author =
  | { kind: 'self' }
  | { kind: 'facilitator' }
  | { kind: 'device'; name: string }
  /** A whole new state (a reconnect, another file): nobody in particular. */
  | { kind: 'unknown' };

/**
 * What the console knows of the others working on the meeting (issue 16): who this screen is
 * (getSession), and who is in which text field (the `presence` event, whole each time). It also
 * tells the host which field this screen is in, and tells it again after a reconnect, when the
 * host has forgotten. Who changed a field is the store's to say (WorkshopStore.lastChange).
 */
export interface TeamActivity {
  /** This screen's device id: the facilitator's until getSession answers otherwise. */
  ownDeviceId(): string;
  /** The others in `field` now, this screen left out. */
  othersIn(field: string): readonly Editor[];
  /** The cursor went into `field`. */
  enter(field: string): void;
  /** The cursor left `field` (nothing, if it is already in another). */
  leave(field: string): void;
  /** For useSyncExternalStore: called when the editors or the session change. */
  subscribe(listener: () => void): () => void;
  /** Bumped on every change of what othersIn answers. */
  version(): number;
  dispose(): void;
}

/** `by` left out is the facilitator's own console (shared/api.ts). */
export function authorOf(by: ChangeBy, ownDeviceId: string): Author {
  const deviceId = by?.deviceId ?? FACILITATOR_DEVICE_ID;
  if (deviceId === ownDeviceId) return { kind: 'self' };
  if (!by || deviceId === FACILITATOR_DEVICE_ID) return { kind: 'facilitator' };
  return { kind: 'device', name: by.name };
}

/**
 * A change's author as this screen names it, decided when asked: the screen's own device id may
 * be known only after the change arrived (getSession answers after the first events).
 */
export function authorOfChange(source: ChangeSource, ownDeviceId: string): Author {
  return source ? authorOf(source.by, ownDeviceId) : { kind: 'unknown' };
}

const NOBODY: readonly Editor[] = [];

export function createTeamActivity(client: HostClient): TeamActivity {
  const listeners = new Set<() => void>();
  let session: Session = { ...FACILITATOR };
  let editors: readonly Editor[] = NOBODY;
  let field: string | null = null;
  let version = 0;

  const changed = () => {
    version++;
    for (const listener of [...listeners]) listener();
  };
  // Presence is a courtesy: a host that refuses it (or is away) costs the user nothing.
  const tell = (next: string | null) => {
    client.request('setPresence', { field: next }).catch(() => undefined);
  };
  const askSession = () => {
    client.request('getSession', undefined).then(
      (answer) => {
        session = answer;
        changed();
      },
      () => undefined, // Not answered: the facilitator's own console, or the next reconnect asks.
    );
    // Who is in a field already: the presence events only tell of changes from now on.
    client.request('getPresence', undefined).then(
      (answer) => {
        editors = answer;
        changed();
      },
      () => undefined,
    );
  };

  const offEvent = client.onEvent((event) => {
    if (event.type === 'presence') {
      editors = event.editors;
      changed();
    }
  });
  const offStatus = client.onStatus((status) => {
    if (status !== 'open') return;
    askSession();
    if (field !== null) tell(field);
  });
  askSession();

  return {
    ownDeviceId: () => session.deviceId,
    othersIn(key) {
      const own = session.deviceId;
      const others = editors.filter((e) => e.field === key && e.deviceId !== own);
      return others.length > 0 ? others : NOBODY;
    },
    enter(key) {
      if (field === key) return;
      field = key;
      tell(key);
    },
    leave(key) {
      if (field !== key) return;
      field = null;
      tell(null);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    version: () => version,
    dispose() {
      offEvent();
      offStatus();
      listeners.clear();
    },
  };
}

// One per client, made when the first shared field asks: the console has one client.
const byClient = new WeakMap<HostClient, TeamActivity>();

export function teamActivityFor(client: HostClient): TeamActivity {
  let activity = byClient.get(client);
  if (!activity) {
    activity = createTeamActivity(client);
    byClient.set(client, activity);
  }
  return activity;
}
