import type { StateSnapshot } from '../../../shared/api';
import type { Workshop } from '../../../shared/model/workshop';
import { phoneView } from '../../../shared/phones/phoneView';
import type { PhoneForm } from '../../../shared/phones/protocol';
import type { PhoneConnection } from './phoneConnection';

/** At most this often a round of views goes out; a burst of changes becomes one round. */
export const MIN_PUSH_GAP_MS = 250;
/** A round may take at most a fifth of the time: with many phones and ideas, rounds spread out. */
const GAP_PER_ROUND_COST = 4;
/** A round yields to the event loop after this much work. */
const SLICE_MS = 4;

export interface PhoneViewsDeps {
  snapshot(): Promise<StateSnapshot>;
  connections(): Iterable<PhoneConnection>;
  locked(): boolean;
  form(workshop: Workshop, participantId: string): PhoneForm | null;
  /** This phone's participant is no longer in the workshop. */
  gone(connection: PhoneConnection): void;
}

/**
 * Pushes each phone its view after changes: bursts coalesce into one round, a phone whose view
 * did not change (revision aside) gets nothing, and a phone that just connected gets its view
 * at once.
 */
export class PhoneViews {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private again = false;
  private stopped = false;
  private nextAllowed = 0;

  constructor(private readonly deps: PhoneViewsDeps) {}

  schedule(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) return;
    const wait = Math.max(0, this.nextAllowed - performance.now());
    this.timer = setTimeout(() => void this.round(), wait);
  }

  async sendNow(connection: PhoneConnection): Promise<void> {
    const snapshot = await this.deps.snapshot();
    this.push(connection, snapshot, new Map(), true);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async round(): Promise<void> {
    this.timer = null;
    this.running = true;
    try {
      const snapshot = await this.deps.snapshot();
      const byToken = new Map<string, string | null>();
      let cost = 0;
      let slice = performance.now();
      for (const connection of [...this.deps.connections()]) {
        this.push(connection, snapshot, byToken, false);
        if (performance.now() - slice > SLICE_MS) {
          // Let commands and the projector's updates through between slices of a long round.
          cost += performance.now() - slice;
          await new Promise((resolve) => setImmediate(resolve));
          slice = performance.now();
        }
      }
      cost += performance.now() - slice;
      this.nextAllowed = performance.now() + Math.max(MIN_PUSH_GAP_MS, cost * GAP_PER_ROUND_COST);
    } catch {
      // No state to show (the host is closing): the next change schedules a new round.
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    }
  }

  private push(
    connection: PhoneConnection,
    snapshot: StateSnapshot,
    byToken: Map<string, string | null>,
    force: boolean,
  ): void {
    const phone = connection.phone;
    if (!phone || !connection.isBound || !connection.open) return;
    let body = byToken.get(phone.token);
    if (body === undefined) {
      const view = phoneView({
        workshop: snapshot.workshop,
        revision: snapshot.revision,
        participantId: phone.participantId,
        locked: this.deps.locked(),
        form: this.deps.form(snapshot.workshop, phone.participantId),
      });
      const { revision: _revision, ...rest } = view ?? { revision: 0 };
      body = view ? JSON.stringify(rest) : null;
      byToken.set(phone.token, body);
    }
    if (body === null) return this.deps.gone(connection);
    if (!force && body === connection.lastView) return;
    connection.lastView = body;
    // The revision goes in front of the rest, which alone decides whether anything changed.
    connection.sendText(`{"view":{"revision":${snapshot.revision},${body.slice(1)}}`);
  }
}
