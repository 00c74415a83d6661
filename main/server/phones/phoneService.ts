import type { WebSocket } from 'ws';
import type { HostEvent, StateSnapshot } from '../../../shared/api';
import { isDomainError, type DomainErrorCode } from '../../../shared/errors';
import { phoneRefusal } from '../../../shared/phones/permissions';
import { alreadyDone, phoneCommand } from '../../../shared/phones/phoneCommands';
import {
  PHONE_JOIN_PATH,
  type JoinState,
  type PhoneErrorCode,
  type PhoneJoinRequest,
  type PhoneRequest,
  type PhoneResponse,
} from '../../../shared/phones/protocol';
import type { Host } from '../../host/hostTypes';
import { DEFAULT_PHONE_PORT } from '../serveOptions';
import type { JoinContext, JoinHandlers, JoinService } from './joinService';
import { GuessLimit } from './guessLimit';
import { JoinSession, type JoinedPhone } from './joinSession';
import { lanAddress } from './lanAddress';
import { PhoneConnection, refusal } from './phoneConnection';
import { PhoneForms } from './phoneForms';
import { startPhoneServer, type RunningPhoneServer } from './phoneServer';
import { PhoneViews } from './phoneViews';

export interface PhoneServiceOptions {
  /** The built renderer, where the phone page (participant.html) is. */
  staticDir: string;
  /** Where phones connect; the laptop's local network address when left out. */
  hostname?: string;
  /** 0 = any free port; a taken default port falls back to any free one. */
  port?: number;
}

const DOMAIN_TO_PHONE: Partial<Record<DomainErrorCode, PhoneErrorCode>> = {
  'not-found': 'not-found',
  'no-dots-left': 'no-dots-left',
  'no-active-point': 'wrong-room',
};

function phoneError(error: unknown): PhoneResponse {
  if (isDomainError(error)) {
    return refusal(DOMAIN_TO_PHONE[error.code] ?? 'invalid-message', error.message);
  }
  return refusal('internal', error instanceof Error ? error.message : String(error));
}

/**
 * Participants' phones on the host's side (issue 8): opens and closes joining (and with it the
 * phone server on the local network), admits phones by code and token, turns their permitted
 * requests into ordinary commands, and pushes each phone its view.
 */
export class PhoneService implements JoinService {
  readonly handlers: JoinHandlers;
  private readonly session = new JoinSession();
  private readonly forms = new PhoneForms();
  private readonly guesses = new GuessLimit();
  private readonly connections = new Set<PhoneConnection>();
  private readonly views: PhoneViews;
  private context: JoinContext | null = null;
  private server: RunningPhoneServer | null = null;
  private problem: string | null = null;
  /** Phone requests run one at a time: each is checked against the state it will change. */
  private requests: Promise<unknown> = Promise.resolve();
  private lastJoinText = '';
  private transition: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PhoneServiceOptions) {
    this.views = new PhoneViews({
      snapshot: () => this.snapshot(),
      connections: () => this.connections,
      locked: () => this.session.inputLocked,
      form: (workshop, token) => this.forms.formFor(workshop, token),
      gone: (connection) => this.dropParticipant(connection),
    });
    this.handlers = {
      getJoinState: async () => this.joinState(),
      openJoining: () => this.serially(() => this.openJoining()),
      closeJoining: () => this.serially(() => this.closeJoining()),
      removePhone: async ({ phoneId }) => {
        const phone = this.session.remove(phoneId);
        if (phone) this.endPhone(phone, 'removed');
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

  /** The phone server's address, for tests and the shell's log; null while closed. */
  get origin(): string | null {
    return this.server?.origin ?? null;
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

  private async openJoining(): Promise<JoinState> {
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
        onConnection: (ws, query, remote) => this.connect(ws, query, remote),
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
    return this.changed();
  }

  private async closeJoining(): Promise<JoinState> {
    const server = this.server;
    this.server = null;
    this.session.close();
    this.forms.clear();
    this.guesses.clear();
    const ending = [...this.connections].map((c) => c.endAndWait('joining-closed'));
    this.connections.clear();
    await Promise.all(ending);
    await server?.close();
    return this.changed();
  }

  private connect(
    ws: WebSocket,
    query: { code: string | null; token: string | null },
    remote: string,
  ): void {
    const handlers = {
      request: (phone: JoinedPhone, request: PhoneRequest) =>
        this.oneAtATime(() => this.request(phone, request)),
      joinRequest: (request: PhoneJoinRequest) => this.oneAtATime(() => this.joinRequest(request)),
      bound: (connection: PhoneConnection) => {
        connection.phone!.connections += 1;
        void this.views.sendNow(connection);
        void this.changed();
      },
      closed: (connection: PhoneConnection) => {
        this.connections.delete(connection);
        if (connection.phone && connection.isBound) {
          connection.phone.connections -= 1;
          void this.changed();
        }
      },
    };
    if (this.guesses.blocked(remote))
      return new PhoneConnection(ws, null, handlers).end('too-fast');
    if (query.token !== null) {
      const phone = this.session.byToken(query.token);
      if (!phone) {
        const removed = this.session.wasRemoved(query.token);
        if (!removed) this.guesses.fail(remote);
        return new PhoneConnection(ws, null, handlers).end(removed ? 'removed' : 'bad-token');
      }
      this.connections.add(new PhoneConnection(ws, phone, handlers));
      return;
    }
    if (!this.session.codeMatches(query.code ?? '')) {
      this.guesses.fail(remote);
      return new PhoneConnection(ws, null, handlers).end('bad-code');
    }
    this.connections.add(new PhoneConnection(ws, null, handlers));
  }

  private oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = this.requests.then(task, task);
    this.requests = run.catch(() => undefined);
    return run;
  }

  private async joinRequest(
    request: PhoneJoinRequest,
  ): Promise<{ response: PhoneResponse; joined?: JoinedPhone }> {
    if (!this.session.isOpen) return { response: refusal('joining-closed', 'Joining is closed') };
    const { workshop } = await this.snapshot();
    if (request.name === 'listNames') {
      const taken = new Set(this.session.all().map((p) => p.participantId));
      const names = workshop.participants
        .filter((p) => p.present)
        .map((p) => ({
          id: p.id,
          name: p.name,
          organisation: p.organisation,
          taken: taken.has(p.id),
        }));
      return { response: { ok: true, result: { workshopTitle: workshop.title, names } } };
    }
    const { participantId } = request.payload;
    if (!workshop.participants.some((p) => p.id === participantId)) {
      return { response: refusal('not-found', 'No such participant') };
    }
    const joined = this.session.join(participantId);
    void this.changed();
    return { response: { ok: true, result: { token: joined.token, participantId } }, joined };
  }

  private async request(phone: JoinedPhone, request: PhoneRequest): Promise<PhoneResponse> {
    if (this.session.byToken(phone.token) !== phone) return refusal('removed', 'Removed');
    const { workshop } = await this.snapshot();
    const actor = {
      workshop,
      participantId: phone.participantId,
      locked: this.session.inputLocked,
    };
    if (request.name === 'submitScores') {
      const { formId, answers } = request.payload;
      if (this.forms.hasSubmitted(formId, phone.token)) {
        return refusal('already-submitted', 'These scores were sent already');
      }
      const refused = phoneRefusal(actor, request);
      if (refused) return refusal(refused, refused);
      try {
        await this.host.handlers.dispatch(this.forms.command(workshop, formId, answers));
      } catch (error) {
        return phoneError(error);
      }
      this.forms.markSubmitted(formId, phone.token);
      this.views.schedule();
      return { ok: true, result: {} };
    }
    const done = alreadyDone(workshop, phone.participantId, request);
    if (done) return { ok: true, result: done };
    const refused = phoneRefusal(actor, request);
    if (refused) return refusal(refused, refused);
    const { command, result } = phoneCommand(workshop, phone.participantId, request);
    try {
      await this.host.handlers.dispatch(command);
    } catch (error) {
      return phoneError(error);
    }
    return { ok: true, result };
  }

  private endPhone(phone: JoinedPhone, reason: 'removed'): void {
    for (const connection of [...this.connections]) {
      if (connection.phone !== phone) continue;
      connection.end(reason);
      this.connections.delete(connection);
    }
  }

  /** The participant of this phone is gone from the workshop: so is the phone. */
  private dropParticipant(connection: PhoneConnection): void {
    const phone = connection.phone;
    if (!phone) return;
    this.session.remove(phone.phoneId);
    this.endPhone(phone, 'removed');
    void this.changed();
  }

  private async joinState(): Promise<JoinState> {
    let names = new Map<string, string>();
    if (this.context && this.session.isOpen) {
      const { workshop } = await this.snapshot();
      names = new Map(workshop.participants.map((p) => [p.id, p.name]));
    }
    const url =
      this.server && this.session.isOpen
        ? `${this.server.origin}${PHONE_JOIN_PATH}?c=${this.session.currentCode}`
        : null;
    return this.session.state(url, names, this.problem);
  }

  /** The join state now, sent to consoles and projectors when it differs from the last sent. */
  private async changed(): Promise<JoinState> {
    const join = await this.joinState();
    const text = JSON.stringify(join);
    if (text !== this.lastJoinText) {
      this.lastJoinText = text;
      this.context?.broadcast({ type: 'join', join });
    }
    return join;
  }
}
