import type { RawData, WebSocket } from 'ws';
import {
  PhoneJoinRequestSchema,
  PhoneRequestSchema,
  type PhoneErrorCode,
  type PhoneJoinRequest,
  type PhoneRequest,
  type PhoneResponse,
  type PhoneServerMessage,
} from '../../../shared/phones/protocol';
import type { JoinedPhone } from './joinSession';
import { sendBounded } from '../socketMechanics';

/** A phone's requests are tiny: a 500-character idea is about 2 KB as JSON. */
export const MAX_MESSAGE_BYTES = 8 * 1024;
/** Beyond this the WebSocket library closes the connection without reading further. */
export const HARD_MAX_PAYLOAD_BYTES = 16 * 1024;
/**
 * A burst of 10, then 5 a second, per participant (shared by all their connections) or, before
 * joining, per network address: far above a person tapping, far below a script.
 */
export const RATE_BURST = 10;
export const RATE_PER_SECOND = 5;
/** Refusals answered with `too-fast` before the rest are dropped unanswered. */
const TOO_FAST_REPLIES = 5;
/** Refusals, without a calm second between them, after which the connection is closed. */
const MAX_REFUSALS = 50;
/** How long a closed connection waits for the phone's side of the close. */
const CLOSE_GRACE_MS = 1000;
/** A client this far behind on reading is stuck or hostile: dropped. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

export type CloseReason = Extract<PhoneServerMessage, { closed: unknown }>['closed'];

/** Ends that are the meeting's course, not a fault: a normal close. */
const NORMAL_ENDS: ReadonlySet<string> = new Set([
  'joining-closed',
  'removed',
  'replaced',
  'refused',
  'idle',
]);

export interface PhoneConnectionHandlers {
  /** One message's worth of this connection's rate limit; false when it is spent. */
  take(connection: PhoneConnection): boolean;
  /** A joined phone's request, already validated. */
  request(phone: JoinedPhone, request: PhoneRequest): Promise<PhoneResponse>;
  /** A request before joining; `joined` binds this connection to the new phone. */
  joinRequest(
    request: PhoneJoinRequest,
    connection: PhoneConnection,
  ): Promise<{ response: PhoneResponse; joined?: JoinedPhone }>;
  /** This connection now speaks for `phone` (joined, or connected with its token). */
  bound(connection: PhoneConnection): void;
  closed(connection: PhoneConnection): void;
}

export function refusal(code: PhoneErrorCode, message: string): PhoneResponse {
  return { ok: false, error: { code, message } };
}

/** The id of a message not worth parsing, when it leads with one, so the phone can settle it. */
export function leadingId(data: RawData): number {
  const head = data.toString().slice(0, 40);
  const id = /^\s*\{\s*"id"\s*:\s*(\d{1,15})\s*[,}]/.exec(head)?.[1];
  return id === undefined ? -1 : Number(id);
}

/**
 * One phone's WebSocket: every message is rate limited, size checked, parsed and validated
 * before a handler sees it, and answered in the order it came. Nothing a phone sends can
 * reach the console's API: only the phone requests exist here.
 */
let serials = 0;

export class PhoneConnection {
  /** Names this connection's rate bucket before it joins. */
  readonly serial = ++serials;
  /** The serialised view last sent (without its revision), to skip sending the same again. */
  lastView: string | null = null;
  /** Asking the facilitator to join as a person who has a phone: not closed as idle. */
  waiting = false;
  private refusals = 0;
  private lastRefusal = 0;
  private queue: Promise<void> = Promise.resolve();
  private ended = false;
  private pendingBind = false;
  private bindDone = false;
  private readonly whenClosed: Promise<void>;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly ws: WebSocket,
    public phone: JoinedPhone | null,
    private readonly handlers: PhoneConnectionHandlers,
    /** The network address it came from (rate limits before joining). */
    readonly remote = '',
    /** Closed as `idle` after this long without joining (0: never, for ended connections). */
    unjoinedMs = 0,
  ) {
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    this.whenClosed = new Promise((resolve) =>
      ws.on('close', () => {
        this.ended = true;
        if (this.idleTimer) clearTimeout(this.idleTimer);
        handlers.closed(this);
        resolve();
      }),
    );
    ws.on('error', () => ws.terminate());
    if (phone) this.bind();
    else if (unjoinedMs > 0) {
      this.idleTimer = setTimeout(() => {
        if (!this.phone && !this.waiting) this.end('idle');
      }, unjoinedMs);
    }
  }

  /** The facilitator let this waiting connection in as `phone`: it is told its token. */
  admit(phone: JoinedPhone): void {
    this.waiting = false;
    this.phone = phone;
    this.send({ joined: { token: phone.token, participantId: phone.participantId } });
    this.bind();
  }

  /** Speaks for its phone now: counted as connected, and sent views. */
  get isBound(): boolean {
    return this.bindDone;
  }

  get open(): boolean {
    return !this.ended && this.ws.readyState === this.ws.OPEN;
  }

  send(message: PhoneServerMessage): void {
    this.sendText(JSON.stringify(message));
  }

  sendText(text: string): void {
    if (this.open) sendBounded(this.ws, text, MAX_BUFFERED_BYTES);
  }

  /** Tells the phone why, then disconnects it for good. */
  end(reason: CloseReason): void {
    if (!this.open) return;
    this.send({ closed: reason });
    this.ended = true;
    this.ws.close(NORMAL_ENDS.has(reason) ? 1000 : 1008, reason);
    // A peer that does not answer the close does not keep the socket.
    setTimeout(() => this.ws.terminate(), CLOSE_GRACE_MS).unref();
  }

  /** Ends the connection and waits (a second at most) for the phone to have it. */
  async endAndWait(reason: CloseReason): Promise<void> {
    this.end(reason);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.whenClosed,
      new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000))),
    ]);
    clearTimeout(timer);
    this.ws.terminate();
  }

  private bind(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.bindDone = true;
    this.handlers.bound(this);
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.ended) return;
    if (!this.handlers.take(this)) {
      this.refuseFlood(data);
      return;
    }
    this.queue = this.queue.then(async () => {
      if (this.ended) return;
      const message = await this.answer(data, isBinary);
      this.send(message);
      // Bound after the answer, so the phone holds its token before its first view arrives.
      if (this.pendingBind) {
        this.pendingBind = false;
        this.bind();
      }
    });
  }

  private refuseFlood(data: RawData): void {
    const now = performance.now();
    if (now - this.lastRefusal > 1000) this.refusals = 0;
    this.lastRefusal = now;
    this.refusals += 1;
    if (this.refusals > MAX_REFUSALS) return this.end('too-fast');
    if (this.refusals <= TOO_FAST_REPLIES) {
      this.send({ id: leadingId(data), response: refusal('too-fast', 'Too many messages') });
    }
  }

  private async answer(data: RawData, isBinary: boolean): Promise<PhoneServerMessage> {
    const size = Array.isArray(data)
      ? data.reduce((n, b) => n + b.length, 0)
      : (data as Buffer | ArrayBuffer).byteLength;
    if (size > MAX_MESSAGE_BYTES) {
      return { id: leadingId(data), response: refusal('too-large', 'The message is too large') };
    }
    let raw: unknown;
    try {
      if (isBinary) throw new Error('binary');
      raw = JSON.parse(data.toString());
    } catch {
      return { id: -1, response: refusal('invalid-message', 'The message is not JSON text') };
    }
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'number' && Number.isSafeInteger(rawId) && rawId >= 0 ? rawId : -1;
    const invalid = (): PhoneServerMessage => ({
      id,
      response: refusal('invalid-message', 'The message is not a valid request'),
    });
    try {
      if (this.phone) {
        const parsed = PhoneRequestSchema.safeParse(raw);
        if (!parsed.success) return invalid();
        return { id, response: await this.handlers.request(this.phone, parsed.data) };
      }
      const parsed = PhoneJoinRequestSchema.safeParse(raw);
      if (!parsed.success) return invalid();
      const { response, joined } = await this.handlers.joinRequest(parsed.data, this);
      if (joined) {
        this.phone = joined;
        this.pendingBind = true;
      }
      return { id, response };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      return { id, response: refusal('internal', text) };
    }
  }
}
