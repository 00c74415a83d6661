import { UNJOINED_TIMEOUT_MS } from '../../../shared/phones/protocol';

/**
 * Caps on what phones may hold of this computer, so the console, Save As and the exports always
 * have file handles left: phone WebSockets per network address and in all, plain HTTP
 * connections (the page and its assets) likewise, sockets that never join, and phones gone.
 */
export interface PhoneLimits {
  /** Phone WebSockets from one network address (a phone reloading briefly has two). */
  socketsPerAddress: number;
  /** Phone WebSockets in all: a big workshop is far below it. */
  sockets: number;
  /** TCP connections to the phone server (WebSockets included) from one address, and in all. */
  connectionsPerAddress: number;
  connections: number;
  /** A socket that has neither joined nor is waiting for the facilitator is closed after this. */
  unjoinedMs: number;
  /** A joined phone with no connection is forgotten after this (its token stops working). */
  goneGraceMs: number;
}

export const PHONE_LIMITS: PhoneLimits = {
  socketsPerAddress: 8,
  sockets: 200,
  // A phone's browser opens up to six for the page; loopback tests run several phones.
  connectionsPerAddress: 48,
  connections: 256,
  unjoinedMs: UNJOINED_TIMEOUT_MS,
  goneGraceMs: 2 * 60_000,
};

/** How often gone phones are pruned and idle rate buckets dropped. */
export const SWEEP_INTERVAL_MS = 5_000;

/** Counts open things per network address and in all, against two caps. */
export class AddressCounter {
  private readonly counts = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly perAddress: number,
    private readonly max: number,
  ) {}

  /** Counts one more for `address`; the cap it would exceed instead, if any. */
  tryAdd(address: string): 'ok' | 'address' | 'total' {
    const count = this.counts.get(address) ?? 0;
    if (count >= this.perAddress) return 'address';
    if (this.total >= this.max) return 'total';
    this.counts.set(address, count + 1);
    this.total += 1;
    return 'ok';
  }

  release(address: string): void {
    const count = this.counts.get(address) ?? 0;
    if (count <= 0) return;
    if (count === 1) this.counts.delete(address);
    else this.counts.set(address, count - 1);
    this.total -= 1;
  }

  get size(): number {
    return this.total;
  }
}
