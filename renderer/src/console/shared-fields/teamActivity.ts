import type { HostEvent } from '../../../../shared/api';
import type { Editor, Session } from '../../../../shared/team/contract';
import { FACILITATOR, FACILITATOR_DEVICE_ID } from '../../../../shared/team/roles';
import type { HostClient } from '../../client/hostClient';

/** Who made the change the console applied last, as a shared field names it. */
export type Author =
  | { kind: 'self' }
  | { kind: 'facilitator' }
  | { kind: 'device'; name: string }
  /** A whole new state (a reconnect, another file): nobody in particular. */
  | { kind: 'unknown' };

/**
 * What the console knows of the others working on the meeting (issue 16): who this screen is
 * (getSession), who is in which text field (the `presence` event, whole each time), and who made
 * the latest change (the `patches` event's `by`). It also tells the host which field this screen
 * is in, and tells it again after a reconnect, when the host has forgotten.
 */
export interface TeamActivity {
  /** This screen's device id: the facilitator's until getSession answers otherwise. */
  ownDeviceId(): string;
  /** The others in `field` now, this screen left out. */
  othersIn(field: string): readonly Editor[];
  /** Who made the latest change this screen has heard of. */
  lastAuthor(): Author;
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

type PatchesEvent = Extract<HostEvent, { type: 'patches' }>;

/** `by` left out is the facilitator's own console (shared/api.ts). */
export function authorOf(by: PatchesEvent['by'], ownDeviceId: string): Author {
  const deviceId = by?.deviceId ?? FACILITATOR_DEVICE_ID;
  if (deviceId === ownDeviceId) return { kind: 'self' };
  if (!by || deviceId === FACILITATOR_DEVICE_ID) return { kind: 'facilitator' };
  return { kind: 'device', name: by.name };
}

const NOBODY: readonly Editor[] = [];

export function createTeamActivity(client: HostClient): TeamActivity {
  const listeners = new Set<() => void>();
  let session: Session = { ...FACILITATOR };
  let editors: readonly Editor[] = NOBODY;
  let author: Author = { kind: 'unknown' };
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
    } else if (event.type === 'patches') {
      author = authorOf(event.by, session.deviceId);
    } else if (event.type === 'snapshot') {
      author = { kind: 'unknown' };
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
    lastAuthor: () => author,
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
