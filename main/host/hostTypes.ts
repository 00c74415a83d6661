import type { HostEvent, HostHandlers } from '../../shared/api';
import type { JoinRequestSchemas, JoinState } from '../../shared/phones/protocol';

/**
 * The host owns the workshop: every change is a validated command, every view a subscriber.
 * It runs in plain Node (browser mode, tests) and inside Electron's main process alike.
 */
export interface Host {
  readonly handlers: HostHandlers;
  /** Every event goes to every subscriber, in order. Returns the unsubscribe function. */
  subscribe(listener: (event: HostEvent) => void): () => void;
  /** Flush and close the open document (journal compacted into the file). */
  close(): Promise<void>;
}

export type JoinRequestName = keyof typeof JoinRequestSchemas;
export type JoinHandlers = Pick<HostHandlers, JoinRequestName>;

/** What the host lends the phone service: itself, and its broadcast to consoles and projectors. */
export interface JoinContext {
  host: Host;
  broadcast(event: HostEvent): void;
}

/**
 * Participants' phones as the host sees them (issue 8): the console's join requests, and a
 * hook to reach the host once it exists. The host owns this interface; the phone server
 * (main/server/phones/) implements it, and whoever creates the host passes it in. Without one,
 * joining is unavailable.
 */
export interface JoinService {
  readonly handlers: JoinHandlers;
  attach(context: JoinContext): void;
  /** Stops the phone server and drops every phone. */
  close(): Promise<void>;
}

export const CLOSED_JOIN_STATE: JoinState = {
  open: false,
  code: null,
  url: null,
  locked: false,
  phones: [],
  problem: null,
  phonesRevision: 0,
};

/** For hosts without phones (tests, tools): joining never opens, and says why. */
export const noJoining: JoinService = {
  handlers: {
    getJoinState: async () => CLOSED_JOIN_STATE,
    openJoining: async () => ({ ...CLOSED_JOIN_STATE, problem: 'Joining is not available here' }),
    closeJoining: async () => CLOSED_JOIN_STATE,
    removePhone: async () => CLOSED_JOIN_STATE,
    setInputLocked: async () => CLOSED_JOIN_STATE,
  },
  attach: () => undefined,
  close: async () => undefined,
};
