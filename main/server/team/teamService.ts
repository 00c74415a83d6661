import type { WebSocket } from 'ws';
import type { HostEvent } from '../../../shared/api';
import {
  TEAM_CLOSE,
  TEAM_CONSOLE_PATH,
  TEAM_PROJECTOR_PATH,
  type TeamJoinError,
  type TeamJoinReply,
  type TeamState,
} from '../../../shared/team/contract';
import { TeamJoinRequestSchema } from '../../../shared/team/protocol';
import { TEAM_ROLES, type TeamRole } from '../../../shared/team/roles';
import { CLOSED_TEAM_STATE, type Host, type JoinContext } from '../../host/hostTypes';
import type { GuessLimit } from '../phones/guessLimit';
import type { JoinHandlers } from '../phones/joinService';
import { SharedRateLimits } from '../phones/rateLimit';
import {
  closeSocket,
  TeamConnection,
  TEAM_RATE_BURST,
  TEAM_RATE_PER_SECOND,
  type TeamConnectionHandlers,
} from './teamConnection';
import { answerTeamRequest } from './teamRequests';
import { TeamSession, type TeamMember } from './teamSession';
import { teamEvent } from './teamView';

export type TeamHandlers = Pick<JoinHandlers, 'getTeamState' | 'endTeamDevice' | 'renewTeamCode'>;

/** Team devices per role, for the phone service's counts (the bench's figures, the tests). */
export type TeamCounts = Record<TeamRole, { connected: number; away: number }>;

export type TeamJoinOutcome =
  { ok: true; reply: TeamJoinReply } | { ok: false; status: number; error: TeamJoinError };

/** A device without a socket this long is forgotten (a referent's laptop asleep over lunch stays). */
export const TEAM_GONE_GRACE_MS = 30 * 60_000;

const pageOf = (role: TeamRole): string =>
  role === 'projector' ? TEAM_PROJECTOR_PATH : TEAM_CONSOLE_PATH;

/**
 * The referent's, co-facilitator's and projector PC's devices (issue 16), on the phones' LAN
 * server: a code per role while joining is open, a token per device, one socket per device
 * speaking the console's own protocol. Every request is checked by role (teamRequests.ts); every
 * host event reaches each device as that device may see it (teamView.ts).
 */
export class TeamService {
  readonly handlers: TeamHandlers;
  private readonly session = new TeamSession();
  private readonly sockets = new Map<string, TeamConnection>();
  private readonly rates = new SharedRateLimits(TEAM_RATE_BURST, TEAM_RATE_PER_SECOND);
  private context: JoinContext | null = null;
  private origin: string | null = null;

  constructor(
    /** Wrong codes and tokens count with the phones' own, per network address. */
    private readonly guesses: GuessLimit,
    /** Codes the team codes must differ from (the participants' code). */
    private readonly taken: () => string[],
  ) {
    this.handlers = {
      getTeamState: async () => this.state(),
      endTeamDevice: async ({ deviceId }) => {
        const member = this.session.byId(deviceId);
        if (member) this.end(member);
        return this.changed();
      },
      renewTeamCode: async ({ role }) => {
        this.session.renew(role, this.taken());
        return this.changed();
      },
    };
  }

  attach(context: JoinContext): void {
    this.context = context;
    context.host.subscribe((event) => this.forward(event));
  }

  /** Joining opened on `origin` (`http://192.168.1.20:5171`): fresh codes for every role. */
  open(origin: string): TeamState {
    this.origin = origin;
    this.session.open(this.taken());
    return this.changed();
  }

  /** Joining closed: every device is told and forgotten, every code and token dies. */
  async close(): Promise<TeamState> {
    const members = this.session.all();
    this.session.close();
    this.origin = null;
    this.rates.clear();
    const ending = [...this.sockets.values()].map((c) =>
      c.endAndWait(TEAM_CLOSE.joiningClosed, 'joining-closed'),
    );
    this.sockets.clear();
    for (const member of members) this.context?.host.deviceLeft(member.deviceId);
    await Promise.all(ending);
    return this.changed();
  }

  state(): TeamState {
    if (!this.session.isOpen || !this.origin) return CLOSED_TEAM_STATE;
    const codes = { ...CLOSED_TEAM_STATE.codes };
    const urls = { ...CLOSED_TEAM_STATE.urls };
    for (const role of TEAM_ROLES) {
      const code = this.session.code(role);
      codes[role] = code;
      urls[role] = `${this.origin}${pageOf(role)}?code=${code}`;
    }
    return { open: true, codes, urls, devices: this.session.devices() };
  }

  /** Per role, the devices joined: with a socket now, and without one (kept for their return). */
  counts(): TeamCounts {
    const counts = {} as TeamCounts;
    for (const role of TEAM_ROLES) counts[role] = { connected: 0, away: 0 };
    for (const device of this.session.devices()) {
      counts[device.role][device.connected ? 'connected' : 'away'] += 1;
    }
    return counts;
  }

  /** A code and a name traded for a token (POST /team/join, its body already read as JSON). */
  join(body: unknown, remote: string): TeamJoinOutcome {
    const refuse = (status: number, error: TeamJoinError): TeamJoinOutcome => ({
      ok: false,
      status,
      error,
    });
    if (this.guesses.blocked(remote)) return refuse(429, 'too-fast');
    if (!this.session.isOpen) return refuse(410, 'joining-closed');
    const fields = body !== null && typeof body === 'object' ? body : {};
    const code: unknown = Reflect.get(fields, 'code');
    // A code typed by hand may be in lower case; the QR code's never is.
    const parsed = TeamJoinRequestSchema.safeParse(
      typeof code === 'string' ? { ...fields, code: code.toUpperCase() } : body,
    );
    if (!parsed.success) {
      if (!TeamJoinRequestSchema.shape.code.safeParse(code?.toString().toUpperCase()).success) {
        this.guesses.fail(remote);
        return refuse(403, 'bad-code');
      }
      if (!TeamJoinRequestSchema.shape.name.safeParse(Reflect.get(fields, 'name')).success) {
        return refuse(400, 'bad-name');
      }
      return refuse(400, 'invalid-message');
    }
    const role = this.session.roleFor(parsed.data.code);
    if (!role) {
      this.guesses.fail(remote);
      return refuse(403, 'bad-code');
    }
    if (this.session.isFull) {
      this.session.prune(Date.now(), 0);
      if (this.session.isFull) return refuse(429, 'too-fast');
    }
    const member = this.session.join(role, parsed.data.name, Date.now());
    this.changed();
    return {
      ok: true,
      reply: { token: member.token, deviceId: member.deviceId, role, page: pageOf(role) },
    };
  }

  /** The device a token belongs to (for its downloads); null when unknown or ended. */
  memberFor(token: string): TeamMember | null {
    return this.session.byToken(token);
  }

  /** A socket opened on TEAM_WS_PATH with `?token=` (Host, Origin and caps already checked). */
  connect(ws: WebSocket, token: string, remote: string): void {
    const member = this.session.byToken(token);
    if (!member) {
      // Ended or never issued: the page reads the close code and asks for a code again.
      if (!this.session.wasEnded(token)) this.guesses.fail(remote);
      closeSocket(ws, TEAM_CLOSE.ended, 'ended');
      return;
    }
    // One socket per device: a reload or a second tab takes over, the old one stops.
    this.sockets.get(member.deviceId)?.end(TEAM_CLOSE.replaced, 'replaced');
    const connection = new TeamConnection(ws, member, this.connectionHandlers);
    this.sockets.set(member.deviceId, connection);
    member.goneSince = null;
    this.changed();
  }

  /** Devices gone past the grace period are forgotten; idle rate buckets dropped. */
  sweep(now: number, graceMs = TEAM_GONE_GRACE_MS): void {
    this.rates.sweep();
    const gone = this.session.prune(now, graceMs);
    for (const member of gone) this.context?.host.deviceLeft(member.deviceId);
    if (gone.length > 0) this.changed();
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  private readonly connectionHandlers: TeamConnectionHandlers = {
    take: (connection) => this.rates.take(connection.member.deviceId),
    request: (connection, { name, payload }) => {
      // Who it is, and nothing more: the token never reaches the host's handlers or events.
      const { deviceId, role, name: deviceName } = connection.member;
      return answerTeamRequest(this.host, { deviceId, role, name: deviceName }, name, payload);
    },
    closed: (connection) => {
      const { member } = connection;
      if (this.sockets.get(member.deviceId) !== connection) return; // Replaced, or ended.
      this.sockets.delete(member.deviceId);
      member.goneSince = Date.now();
      this.context?.host.deviceLeft(member.deviceId);
      this.changed();
    },
  };

  private get host(): Host {
    if (!this.context) throw new Error('The team service is not attached to a host');
    return this.context.host;
  }

  private end(member: TeamMember): void {
    this.session.end(member);
    const connection = this.sockets.get(member.deviceId);
    this.sockets.delete(member.deviceId);
    connection?.end(TEAM_CLOSE.ended, 'ended');
    this.context?.host.deviceLeft(member.deviceId);
  }

  /** Each host event to each device, as that device may see it, in the order it happened. */
  private forward(event: HostEvent): void {
    if (this.sockets.size === 0) return;
    let shared: string | null = null;
    for (const connection of this.sockets.values()) {
      const { deviceId } = connection.member;
      const mine = teamEvent(event, () => this.host.historyOf(deviceId));
      if (!mine) return;
      // Only patches, snapshots and history differ per device (its own undo); the rest is one text.
      const perDevice =
        event.type === 'patches' || event.type === 'snapshot' || event.type === 'history';
      const text = perDevice
        ? JSON.stringify({ event: mine })
        : (shared ??= JSON.stringify({ event: mine }));
      connection.sendText(text);
    }
  }

  /** The team panel now; every change goes to the facilitator's console. */
  private changed(): TeamState {
    const team = this.state();
    this.context?.broadcast({ type: 'team', team });
    return team;
  }
}
