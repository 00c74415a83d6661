import type { HostEvent, HostHandlers } from '../../shared/api';
import type { JoinRequestSchemas, JoinState } from '../../shared/phones/protocol';
import type { TeamState } from '../../shared/team/contract';
import type { TeamRequestSchemas } from '../../shared/team/protocol';
import type { DeviceIdentity } from '../../shared/team/roles';

/**
 * The host owns the workshop: every change is a validated command, every view a subscriber.
 * It runs in plain Node (browser mode, tests) and inside Electron's main process alike.
 */
export interface Host {
  /** The facilitator's own console (and the phones, which it speaks for). */
  readonly handlers: HostHandlers;
  /**
   * The same handlers acting as one team device (issue 16): its changes are its own in the
   * undo history (undo and redo undo only them), its presence is its own, and getSession
   * answers with it. The team server checks the role before it calls any of them.
   */
  handlersFor(device: DeviceIdentity): HostHandlers;
  /** canUndo / canRedo for one device, for the events sent to it. */
  historyOf(deviceId: string): { canUndo: boolean; canRedo: boolean };
  /** A device has gone (left, ended, or its socket closed): its presence is cleared. */
  deviceLeft(deviceId: string): void;
  /** Every event goes to every subscriber, in order. Returns the unsubscribe function. */
  subscribe(listener: (event: HostEvent) => void): () => void;
  /** Flush and close the open document (journal compacted into the file). */
  close(): Promise<void>;
}

/** The requests the joining service answers: phones' joining, and the team devices'. */
export type JoinRequestName = keyof typeof JoinRequestSchemas | keyof typeof TeamRequestSchemas;
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

export const CLOSED_TEAM_STATE: TeamState = {
  open: false,
  codes: { referent: null, cofacilitator: null, projector: null },
  urls: { referent: null, cofacilitator: null, projector: null },
  devices: [],
};

/** For hosts without phones (tests, tools): joining never opens, and says why. */
export const noJoining: JoinService = {
  handlers: {
    getJoinState: async () => CLOSED_JOIN_STATE,
    openJoining: async () => ({ ...CLOSED_JOIN_STATE, problem: 'Joining is not available here' }),
    closeJoining: async () => CLOSED_JOIN_STATE,
    removePhone: async () => CLOSED_JOIN_STATE,
    setInputLocked: async () => CLOSED_JOIN_STATE,
    getTeamState: async () => CLOSED_TEAM_STATE,
    endTeamDevice: async () => CLOSED_TEAM_STATE,
    renewTeamCode: async () => CLOSED_TEAM_STATE,
  },
  attach: () => undefined,
  close: async () => undefined,
};
