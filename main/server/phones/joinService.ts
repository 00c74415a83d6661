import type { HostEvent, HostHandlers } from '../../../shared/api';
import type { JoinRequestSchemas, JoinState } from '../../../shared/phones/protocol';
import type { Host } from '../../host/hostTypes';

export type JoinRequestName = keyof typeof JoinRequestSchemas;
export type JoinHandlers = Pick<HostHandlers, JoinRequestName>;

/** What the host lends the phone service: itself, and its broadcast to consoles and projectors. */
export interface JoinContext {
  host: Host;
  broadcast(event: HostEvent): void;
}

/**
 * Participants' phones as the host sees them (issue 8): the console's join requests, and a
 * hook to reach the host once it exists. createHost takes one; without it joining is unavailable.
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
