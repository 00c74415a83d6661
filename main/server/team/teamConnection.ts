import type { RawData, WebSocket } from 'ws';
import type { HostResponse } from '../../../shared/api';
import type { WsRequest, WsServerMessage } from '../../../shared/wsProtocol';
import { leadingId } from '../phones/phoneConnection';
import { sendBounded } from '../socketMechanics';
import { readWsMessage, transportError } from '../wsMessages';
import type { TeamMember } from './teamSession';

/** A 20,000-character point note is at most 60 KB as JSON; nothing a team device sends is bigger. */
export const TEAM_MAX_MESSAGE_BYTES = 128 * 1024;
/** Beyond this the WebSocket library closes the connection without reading further. */
export const TEAM_HARD_MAX_PAYLOAD_BYTES = 256 * 1024;
/**
 * A burst of 60, then 20 a second, per device: a referent typing notes, moving between fields
 * and undoing sends a few a second at most; a script sends far more.
 */
export const TEAM_RATE_BURST = 60;
export const TEAM_RATE_PER_SECOND = 20;
/** Refusals answered before the rest are dropped unanswered, and the count that closes it. */
const TOO_FAST_REPLIES = 5;
const MAX_REFUSALS = 200;
/** How long a closed connection waits for the device's side of the close. */
const CLOSE_GRACE_MS = 1000;
/** A device this far behind on reading is stuck: dropped, and it refetches when it reconnects. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/** Closes a socket with a code the page reads, and cuts it off if the peer does not answer. */
export function closeSocket(ws: WebSocket, code: number, reason: string): void {
  ws.close(code, reason);
  setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
}

export interface TeamConnectionHandlers {
  /** One message's worth of this device's rate limit; false when it is spent. */
  take(connection: TeamConnection): boolean;
  /** A well-formed request (shared/wsProtocol.ts), not yet checked against the role. */
  request(connection: TeamConnection, request: WsRequest): Promise<HostResponse>;
  closed(connection: TeamConnection): void;
}

/**
 * One team device's WebSocket: the console's own protocol, every message rate limited and
 * size checked before it is read, answered in the order it came.
 */
export class TeamConnection {
  private queue: Promise<void> = Promise.resolve();
  private ended = false;
  private refusals = 0;
  private lastRefusal = 0;
  private readonly whenClosed: Promise<void>;

  constructor(
    private readonly ws: WebSocket,
    readonly member: TeamMember,
    private readonly handlers: TeamConnectionHandlers,
  ) {
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    this.whenClosed = new Promise((resolve) =>
      ws.on('close', () => {
        this.ended = true;
        handlers.closed(this);
        resolve();
      }),
    );
    ws.on('error', () => ws.terminate());
  }

  get open(): boolean {
    return !this.ended && this.ws.readyState === this.ws.OPEN;
  }

  sendText(text: string): void {
    if (this.open) sendBounded(this.ws, text, MAX_BUFFERED_BYTES);
  }

  /** Disconnects the device for good with a TEAM_CLOSE code (or 1008 for a flood). */
  end(code: number, reason: string): void {
    if (!this.open) return;
    this.ended = true;
    closeSocket(this.ws, code, reason);
  }

  /** Ends the connection and waits (a second at most) for the device to have it. */
  async endAndWait(code: number, reason: string): Promise<void> {
    this.end(code, reason);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.whenClosed,
      new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS))),
    ]);
    clearTimeout(timer);
    this.ws.terminate();
  }

  private send(message: WsServerMessage): void {
    this.sendText(JSON.stringify(message));
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.ended) return;
    if (!this.handlers.take(this)) {
      this.refuseFlood(data);
      return;
    }
    this.queue = this.queue.then(async () => {
      if (this.ended) return;
      this.send(await this.answer(data, isBinary));
    });
  }

  private refuseFlood(data: RawData): void {
    const now = performance.now();
    if (now - this.lastRefusal > 1000) this.refusals = 0;
    this.lastRefusal = now;
    this.refusals += 1;
    if (this.refusals > MAX_REFUSALS) return this.end(1008, 'too-fast');
    if (this.refusals <= TOO_FAST_REPLIES) {
      this.send({ id: leadingId(data), response: transportError('Too many messages') });
    }
  }

  private async answer(data: RawData, isBinary: boolean): Promise<WsServerMessage> {
    const size = Array.isArray(data)
      ? data.reduce((n, b) => n + b.length, 0)
      : (data as Buffer | ArrayBuffer).byteLength;
    if (size > TEAM_MAX_MESSAGE_BYTES) {
      return { id: leadingId(data), response: transportError('The message is too large') };
    }
    const read = readWsMessage(data, isBinary);
    if (!read.ok) return read.reply;
    const { id } = read.request;
    try {
      return { id, response: await this.handlers.request(this, read.request) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { id, response: { ok: false, error: { code: 'internal', message } } };
    }
  }
}
