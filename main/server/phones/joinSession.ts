import type { JoinPhone } from '../../../shared/phones/protocol';
import { newJoinCode, newPhoneId, newToken, sameSecret } from './secrets';

export interface JoinedPhone {
  phoneId: string;
  token: string;
  participantId: string;
  /** Open connections with this token (a page reloading may briefly have two). */
  connections: number;
  /** When the last connection closed (ms); null while connected. Pruned after a grace period. */
  goneSince: number | null;
}

/** A second phone for a person who has one, waiting for the facilitator's answer. */
export interface JoinAsk {
  phoneId: string;
  participantId: string;
}

export type EndedBecause = 'removed' | 'replaced';

/**
 * Who may join and who has: the join code of this opening, one phone (one token) per
 * participant, the second phones waiting for the facilitator, the input lock. In memory only:
 * closing forgets it all, so every old code and token stops working.
 */
export class JoinSession {
  private code: string | null = null;
  private locked = false;
  private readonly phones = new Map<string, JoinedPhone>();
  private readonly byPerson = new Map<string, JoinedPhone>();
  private readonly asks = new Map<string, JoinAsk>();
  /** Tokens ended by the facilitator (until joining closes), so such a phone is told why. */
  private readonly ended = new Map<string, EndedBecause>();

  get isOpen(): boolean {
    return this.code !== null;
  }

  /** This opening's code; null while closed. */
  get currentCode(): string | null {
    return this.code;
  }

  get inputLocked(): boolean {
    return this.locked;
  }

  /** Opens with a fresh code; any earlier code and token is forgotten. */
  open(): string {
    this.forget();
    this.code = newJoinCode();
    return this.code;
  }

  close(): void {
    this.forget();
    this.code = null;
    this.locked = false;
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
  }

  codeMatches(code: string): boolean {
    return this.code !== null && sameSecret(code.toUpperCase(), this.code);
  }

  /** The phone this participant has joined with, if any. */
  holder(participantId: string): JoinedPhone | null {
    return this.byPerson.get(participantId) ?? null;
  }

  /** A new phone for a participant who has none (the caller checks `holder` first). */
  join(participantId: string): JoinedPhone {
    if (this.byPerson.has(participantId)) throw new Error('This participant has a phone');
    const phone: JoinedPhone = {
      phoneId: newPhoneId(),
      token: newToken(),
      participantId,
      connections: 0,
      goneSince: null,
    };
    this.phones.set(phone.token, phone);
    this.byPerson.set(participantId, phone);
    return phone;
  }

  /** A second phone asks to join as this person; null when one is asking already. */
  ask(participantId: string): JoinAsk | null {
    if (this.asks.has(participantId)) return null;
    const ask = { phoneId: newPhoneId(), participantId };
    this.asks.set(participantId, ask);
    return ask;
  }

  askFor(participantId: string): JoinAsk | null {
    return this.asks.get(participantId) ?? null;
  }

  askById(phoneId: string): JoinAsk | null {
    for (const ask of this.asks.values()) if (ask.phoneId === phoneId) return ask;
    return null;
  }

  dropAsk(ask: JoinAsk): void {
    if (this.asks.get(ask.participantId) === ask) this.asks.delete(ask.participantId);
  }

  byToken(token: string): JoinedPhone | null {
    return this.phones.get(token) ?? null;
  }

  /** Why this token no longer works, when the facilitator ended it. */
  endedBecause(token: string): EndedBecause | null {
    return this.ended.get(token) ?? null;
  }

  /** Removes a phone by its console id; returns it, or null if there was none. */
  remove(phoneId: string, because: EndedBecause = 'removed'): JoinedPhone | null {
    const phone = this.all().find((p) => p.phoneId === phoneId);
    if (!phone) return null;
    this.forgetPhone(phone);
    this.ended.set(phone.token, because);
    return phone;
  }

  connected(phone: JoinedPhone): void {
    phone.connections += 1;
    phone.goneSince = null;
  }

  disconnected(phone: JoinedPhone, now: number): void {
    phone.connections = Math.max(0, phone.connections - 1);
    if (phone.connections === 0) phone.goneSince = now;
  }

  /**
   * Forgets phones gone (no connection) for `graceMs`: their token then stops working and the
   * phone picks its name again. A phone someone is asking to replace stays for the facilitator.
   */
  prune(now: number, graceMs: number): JoinedPhone[] {
    const gone = this.all().filter(
      (p) =>
        p.goneSince !== null && now - p.goneSince >= graceMs && !this.asks.has(p.participantId),
    );
    for (const phone of gone) this.forgetPhone(phone);
    return gone;
  }

  all(): JoinedPhone[] {
    return [...this.phones.values()];
  }

  /** The console's list: no tokens, names from the workshop, asks after the phones. */
  entries(names: ReadonlyMap<string, string>): JoinPhone[] {
    const phones = this.all().map((p) => ({
      phoneId: p.phoneId,
      participantId: p.participantId,
      name: names.get(p.participantId) ?? '',
      connected: p.connections > 0,
      asksToReplace: null,
    }));
    const asks = [...this.asks.values()].map((a) => ({
      phoneId: a.phoneId,
      participantId: a.participantId,
      name: names.get(a.participantId) ?? '',
      connected: true,
      asksToReplace: this.byPerson.get(a.participantId)?.phoneId ?? null,
    }));
    return [...phones, ...asks];
  }

  private forgetPhone(phone: JoinedPhone): void {
    this.phones.delete(phone.token);
    if (this.byPerson.get(phone.participantId) === phone) this.byPerson.delete(phone.participantId);
  }

  private forget(): void {
    this.phones.clear();
    this.byPerson.clear();
    this.asks.clear();
    this.ended.clear();
  }
}
