/**
 * What the console's and the phones' WebSocket clients share, written once: request ids
 * matched to their replies, and the backoff between reconnects. The two protocols stay
 * separate (shared/wsProtocol.ts, shared/phones/protocol.ts).
 */

/** Requests by id, each waiting for its reply; ids count from 1 for the life of a client. */
export class Replies<R> {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: R) => void>();

  /** A new id; `onReply` runs when its reply comes. */
  add(onReply: (reply: R) => void): number {
    const id = this.nextId++;
    this.waiting.set(id, onReply);
    return id;
  }

  /** Hands `reply` to whoever waits for `id`; false when no one does (late, or unknown). */
  settle(id: number, reply: R): boolean {
    const onReply = this.waiting.get(id);
    if (!onReply) return false;
    this.waiting.delete(id);
    onReply(reply);
    return true;
  }

  /** The socket is gone: no reply will come for any of them. */
  dropAll(): Array<(reply: R) => void> {
    const dropped = [...this.waiting.values()];
    this.waiting.clear();
    return dropped;
  }
}

/** Delays between reconnects: doubled per failed attempt, up to a ceiling; reset once open. */
export class Backoff {
  private attempts = 0;

  constructor(
    private readonly initialMs: number,
    private readonly maxMs: number,
  ) {}

  next(): number {
    const delay = Math.min(this.maxMs, this.initialMs * 2 ** this.attempts);
    this.attempts += 1;
    return delay;
  }

  reset(): void {
    this.attempts = 0;
  }
}
