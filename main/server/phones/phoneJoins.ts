import type { StateSnapshot } from '../../../shared/api';
import type { PhoneJoinRequest, PhoneResponse } from '../../../shared/phones/protocol';
import type { GuessLimit } from './guessLimit';
import type { JoinedPhone, JoinSession } from './joinSession';
import { refusal, type CloseReason, type PhoneConnection } from './phoneConnection';

export interface PhoneJoinsDeps {
  session: JoinSession;
  guesses: GuessLimit;
  connections: Set<PhoneConnection>;
  snapshot(): Promise<StateSnapshot>;
  /** The console's phone list changed. */
  changed(): void;
}

/**
 * Joining as a person: one phone per participant, none for a participant marked absent. A
 * second phone for someone who has one waits while the facilitator is asked; the answer comes
 * through removePhone (the first phone's id lets the new one in, the ask's own id refuses it).
 */
export class PhoneJoins {
  /** The waiting connection of each ask, by the ask's phoneId. */
  private readonly askers = new Map<string, PhoneConnection>();

  constructor(private readonly deps: PhoneJoinsDeps) {}

  async answer(
    request: PhoneJoinRequest,
    connection: PhoneConnection,
  ): Promise<{ response: PhoneResponse; joined?: JoinedPhone }> {
    const { session } = this.deps;
    if (!session.isOpen) return { response: refusal('joining-closed', 'Joining is closed') };
    if (connection.waiting) {
      return { response: refusal('asking', 'This phone is waiting for the facilitator') };
    }
    const { workshop } = await this.deps.snapshot();
    if (request.name === 'listNames') {
      const names = workshop.participants.map((p) => ({
        id: p.id,
        name: p.name,
        organisation: p.organisation,
        taken: session.holder(p.id) !== null,
        absent: !p.present,
      }));
      return { response: { ok: true, result: { workshopTitle: workshop.title, names } } };
    }
    const { participantId } = request.payload;
    const person = workshop.participants.find((p) => p.id === participantId);
    if (!person) return { response: refusal('not-found', 'No such participant') };
    if (!person.present) return { response: refusal('absent', 'Marked absent') };
    if (session.holder(participantId) === null) {
      const joined = session.join(participantId);
      this.deps.changed();
      return { response: { ok: true, result: { token: joined.token, participantId } }, joined };
    }
    const ask = session.ask(participantId);
    if (!ask) return { response: refusal('asking', 'Another phone is asking already') };
    connection.waiting = true;
    this.askers.set(ask.phoneId, connection);
    this.deps.changed();
    return { response: { ok: true, result: { waiting: true, participantId } } };
  }

  /**
   * The console's removePhone: refuses an ask, or ends a phone (and lets in the phone asking
   * to replace it). False when there was no such phone.
   */
  remove(phoneId: string): boolean {
    const { session } = this.deps;
    const ask = session.askById(phoneId);
    if (ask) {
      session.dropAsk(ask);
      const asker = this.askers.get(phoneId);
      this.askers.delete(phoneId);
      if (asker) {
        // A refused ask counts as a wrong guess for its address, like a wrong code.
        this.deps.guesses.fail(asker.remote);
        asker.end('refused');
      }
      this.deps.changed();
      return true;
    }
    const holder = this.deps.session.all().find((p) => p.phoneId === phoneId);
    if (!holder) return false;
    const waiting = session.askFor(holder.participantId);
    session.remove(phoneId, waiting ? 'replaced' : 'removed');
    this.endPhone(holder, waiting ? 'replaced' : 'removed');
    if (waiting) {
      session.dropAsk(waiting);
      const asker = this.askers.get(waiting.phoneId);
      this.askers.delete(waiting.phoneId);
      if (asker?.open) asker.admit(session.join(holder.participantId));
    }
    this.deps.changed();
    return true;
  }

  /** A participant gone from the workshop: their phone and any ask go too. */
  dropParticipant(participantId: string): void {
    const { session } = this.deps;
    const ask = session.askFor(participantId);
    if (ask) this.remove(ask.phoneId);
    const phone = session.holder(participantId);
    if (phone) this.remove(phone.phoneId);
  }

  /** A waiting phone that disconnects takes its ask with it. */
  closed(connection: PhoneConnection): void {
    if (!connection.waiting) return;
    for (const [phoneId, asker] of this.askers) {
      if (asker !== connection) continue;
      this.askers.delete(phoneId);
      const ask = this.deps.session.askById(phoneId);
      if (ask) this.deps.session.dropAsk(ask);
      this.deps.changed();
    }
  }

  clear(): void {
    this.askers.clear();
  }

  private endPhone(phone: JoinedPhone, reason: CloseReason): void {
    for (const connection of [...this.deps.connections]) {
      if (connection.phone !== phone) continue;
      connection.end(reason);
      this.deps.connections.delete(connection);
    }
  }
}
