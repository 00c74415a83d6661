import type { WebSocket } from 'ws';
import type { HostEvent, StateSnapshot } from '../../../shared/api';
import {
  PHONE_JOIN_PATH,
  type JoinStateWhole,
  type PhoneJoinRequest,
  type PhoneRequest,
} from '../../../shared/phones/protocol';
import type { Host } from '../../host/hostTypes';
import type { ExportService } from '../../exporters/exportService';
import { DEFAULT_PHONE_PORT } from '../serveOptions';
import { createTeamHttpHandler } from '../team/teamHttp';
import { TeamService, type TeamCounts } from '../team/teamService';
import { GuessLimit } from './guessLimit';
import { JoinFeed } from './joinFeed';
import type { JoinContext, JoinHandlers, JoinService } from './joinService';
import { JoinSession, type JoinedPhone } from './joinSession';
import { lanAddress } from './lanAddress';
import { PhoneConnection, RATE_BURST, RATE_PER_SECOND } from './phoneConnection';
import { PhoneForms } from './phoneForms';
import { PhoneJoins } from './phoneJoins';
import { answerPhoneRequest, type PhoneRequestDeps } from './phoneRequests';
import { startPhoneServer, type RunningPhoneServer } from './phoneServer';
import { PhoneViews } from './phoneViews';
import { SharedRateLimits } from './rateLimit';
import { PHONE_LIMITS, SWEEP_INTERVAL_MS, type PhoneLimits } from './socketLimits';

export interface PhoneServiceOptions {
  /** The built renderer, where the phone page (participant.html) is. */
  staticDir: string;
  /** Where phones connect; the laptop's local network address when left out. */
  hostname?: string;
  /** 0 = any free port; a taken default port falls back to any free one. */
  port?: number;
  /** Caps on sockets and timeouts (tests lower them); PHONE_LIMITS when left out. */
  limits?: Partial<PhoneLimits>;
  /** Where who-has-answered-which-form is kept across restarts (a JSON file); memory only if left out. */
  submittedFile?: string;
}

/**
 * Participants' phones on the host's side (issue 8): opens and closes joining (and with it the
 * phone server on the local network), admits phones by code and token, turns their permitted
 * requests into ordinary commands, and pushes each phone its view. The team devices (issue 16)
 * join over the same server, through the TeamService it holds, and come and go with it.
 */
export class PhoneService implements JoinService {
  readonly handlers: JoinHandlers;
  readonly limits: PhoneLimits;
  private readonly session = new JoinSession();
  private readonly forms: PhoneForms;
  private readonly guesses = new GuessLimit();
  private readonly rates = new SharedRateLimits(RATE_BURST, RATE_PER_SECOND);
  private readonly connections = new Set<PhoneConnection>();
  private readonly views: PhoneViews;
  private readonly joins: PhoneJoins;
  private readonly feed = new JoinFeed((join) => this.context?.broadcast({ type: 'join', join }));
  private readonly requestDeps: PhoneRequestDeps;
  /** The referent's, co-facilitator's and projector PC's devices, on the same server (issue 16). */
  private readonly team: TeamService;
  private readonly teamHttp: ReturnType<typeof createTeamHttpHandler>;
  private exports: ExportService | null = null;
  private context: JoinContext | null = null;
  private server: RunningPhoneServer | null = null;
  private sweeper: ReturnType<typeof setInterval> | null = null;
  private problem: string | null = null;
  /** Phone requests run one at a time: each is checked against the state it will change. */
  private requests: Promise<unknown> = Promise.resolve();
  private transition: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PhoneServiceOptions) {
    this.limits = { ...PHONE_LIMITS, ...options.limits };
    this.forms = new PhoneForms(options.submittedFile ?? null);
    this.views = new PhoneViews({
      snapshot: () => this.snapshot(),
      connections: () => this.connections,
      locked: () => this.session.inputLocked,
      form: (workshop, participantId) => this.forms.formFor(workshop, participantId),
      gone: (connection) => {
        if (connection.phone) this.joins.dropParticipant(connection.phone.participantId);
      },
    });
    const changed = () => void this.changed().catch(() => undefined);
    this.joins = new PhoneJoins({
      session: this.session,
      guesses: this.guesses,
      connections: this.connections,
      snapshot: () => this.snapshot(),
      changed,
    });
    this.requestDeps = {
      session: this.session,
      forms: this.forms,
      snapshot: () => this.snapshot(),
      dispatch: (command) => this.host.handlers.dispatch(command),
      viewsChanged: () => this.views.schedule(),
    };
    this.team = new TeamService(this.guesses, () =>
      this.session.currentCode ? [this.session.currentCode] : [],
    );
    this.teamHttp = createTeamHttpHandler({
      staticDir: options.staticDir,
      team: this.team,
      exports: () => this.exports,
      snapshot: () => this.snapshot(),
    });
    this.handlers = {
      ...this.team.handlers,
      getJoinState: async () => this.changed(),
      openJoining: () => this.serially(() => this.openJoining()),
      closeJoining: () => this.serially(() => this.closeJoining()),
      removePhone: async ({ phoneId }) => {
        this.joins.remove(phoneId);
        return this.changed();
      },
      setInputLocked: async ({ locked }) => {
        this.session.setLocked(locked);
        this.views.schedule();
        return this.changed();
      },
    };
  }

  attach(context: JoinContext): void {
    this.context = context;
    this.team.attach(context);
    context.host.subscribe((event: HostEvent) => {
      if (event.type !== 'patches' && event.type !== 'snapshot') return;
      if (!this.session.isOpen) return;
      this.views.schedule();
      // Names on the console's phone list follow the workshop.
      const people =
        event.type === 'snapshot' || event.patches.some((p) => p.path[0] === 'participants');
      if (people) void this.changed().catch(() => undefined);
    });
  }

  async close(): Promise<void> {
    await this.serially(() => this.closeJoining());
    this.views.stop();
  }

  /**
   * The host's export service, for the referent's and co-facilitator's downloads (made after
   * this service, with its printer, by whoever made the host). Without one they answer 503.
   */
  useExports(exports: ExportService): void {
    this.exports = exports;
  }

  /** The phone server's address, for tests and the shell's log; null while closed. */
  get origin(): string | null {
    return this.server?.origin ?? null;
  }

  /**
   * Counts for the bench and the abuse tests: the server's open sockets, the phones, and the
   * team devices per role beside them (issue 16), connected or not.
   */
  stats(): {
    sockets: number;
    connections: number;
    phones: number;
    rateBuckets: number;
    team: TeamCounts;
  } {
    return {
      sockets: this.server?.sockets ?? 0,
      connections: this.connections.size,
      phones: this.session.all().length,
      rateBuckets: this.rates.size,
      team: this.team.counts(),
    };
  }

  private get host(): Host {
    if (!this.context) throw new Error('The phone service is not attached to a host');
    return this.context.host;
  }

  private snapshot(): Promise<StateSnapshot> {
    return this.host.handlers.getState(undefined);
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.transition.then(task, task);
    this.transition = run.catch(() => undefined);
    return run;
  }

  private async openJoining(): Promise<JoinStateWhole> {
    if (this.server) return this.changed();
    const hostname = this.options.hostname ?? lanAddress();
    if (hostname === null) {
      this.problem = 'This computer is not on a local network';
      return this.changed();
    }
    const start = (port: number) =>
      startPhoneServer({
        hostname,
        port,
        staticDir: this.options.staticDir,
        limits: this.limits,
        onConnection: (ws, query, remote) => this.connect(ws, query, remote),
        team: {
          http: (req, res, origins) => this.teamHttp(req, res, origins),
          onConnection: (ws, token, remote) => this.team.connect(ws, token, remote),
        },
      });
    const port = this.options.port ?? DEFAULT_PHONE_PORT;
    try {
      try {
        this.server = await start(port);
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'EADDRINUSE' || port === 0) throw error;
        this.server = await start(0);
      }
    } catch (error) {
      this.problem = `Could not listen on ${hostname}: ${error instanceof Error ? error.message : String(error)}`;
      return this.changed();
    }
    this.problem = null;
    this.session.open();
    this.team.open(this.server.origin);
    const every = Math.min(SWEEP_INTERVAL_MS, Math.max(20, this.limits.goneGraceMs / 4));
    this.sweeper = setInterval(() => this.sweep(), every);
    this.sweeper.unref();
    return this.changed();
  }

  private async closeJoining(): Promise<JoinStateWhole> {
    const server = this.server;
    this.server = null;
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    this.session.close();
    this.joins.clear();
    this.rates.clear();
    const ending = [...this.connections].map((c) => c.endAndWait('joining-closed'));
    this.connections.clear();
    await Promise.all([...ending, this.team.close()]);
    this.guesses.clear();
    await server?.close();
    return this.changed();
  }

  /** Phones gone longer than the grace period are forgotten; idle rate buckets dropped. */
  private sweep(): void {
    const pruned = this.session.prune(Date.now(), this.limits.goneGraceMs);
    this.rates.sweep();
    this.team.sweep(Date.now());
    if (pruned.length > 0) void this.changed().catch(() => undefined);
  }

  private connect(
    ws: WebSocket,
    query: { code: string | null; token: string | null },
    remote: string,
  ): void {
    const handlers = {
      // Joined: the participant's bucket, shared by all their connections. Before joining:
      // the socket's own (an address has at most socketsPerAddress of them).
      take: (connection: PhoneConnection) =>
        this.rates.take(
          connection.phone ? `p:${connection.phone.participantId}` : `c:${connection.serial}`,
        ),
      request: (phone: JoinedPhone, request: PhoneRequest) =>
        this.oneAtATime(() => answerPhoneRequest(this.requestDeps, phone, request)),
      joinRequest: (request: PhoneJoinRequest, connection: PhoneConnection) =>
        this.oneAtATime(() => this.joins.answer(request, connection)),
      bound: (connection: PhoneConnection) => {
        this.connections.add(connection);
        this.session.connected(connection.phone!);
        void this.views.sendNow(connection);
        void this.changed();
      },
      closed: (connection: PhoneConnection) => {
        this.connections.delete(connection);
        this.joins.closed(connection);
        if (connection.phone && connection.isBound) {
          this.session.disconnected(connection.phone, Date.now());
          void this.changed();
        }
      },
    };
    const ended = (reason: 'too-fast' | 'bad-token' | 'bad-code' | 'removed' | 'replaced') =>
      new PhoneConnection(ws, null, handlers, remote).end(reason);
    if (this.guesses.blocked(remote)) return ended('too-fast');
    if (query.token !== null) {
      const phone = this.session.byToken(query.token);
      if (!phone) {
        const because = this.session.endedBecause(query.token);
        if (!because) this.guesses.fail(remote);
        return ended(because ?? 'bad-token');
      }
      this.connections.add(new PhoneConnection(ws, phone, handlers, remote));
      return;
    }
    if (!this.session.codeMatches(query.code ?? '')) {
      this.guesses.fail(remote);
      return ended('bad-code');
    }
    const connection = new PhoneConnection(ws, null, handlers, remote, this.limits.unjoinedMs);
    this.connections.add(connection);
  }

  private oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = this.requests.then(task, task);
    this.requests = run.catch(() => undefined);
    return run;
  }

  /** The whole join state now; what changed goes to consoles and projectors. */
  private async changed(): Promise<JoinStateWhole> {
    let names = new Map<string, string>();
    if (this.context && this.session.isOpen) {
      const { workshop } = await this.snapshot();
      names = new Map(workshop.participants.map((p) => [p.id, p.name]));
    }
    const url =
      this.server && this.session.isOpen
        ? `${this.server.origin}${PHONE_JOIN_PATH}?c=${this.session.currentCode}`
        : null;
    // Made and fed without awaiting in between, so changes go out in the order they happened.
    return this.feed.update({
      open: this.session.isOpen,
      code: this.session.currentCode,
      url,
      locked: this.session.inputLocked,
      phones: this.session.entries(names),
      problem: this.problem,
    });
  }
}
