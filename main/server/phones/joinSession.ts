import type { JoinState } from '../../../shared/phones/protocol';
import { newJoinCode, newPhoneId, newToken, sameSecret } from './secrets';

export interface JoinedPhone {
  phoneId: string;
  token: string;
  participantId: string;
  /** Open connections with this token (a page reloading may briefly have two). */
  connections: number;
}

/**
 * Who may join and who has: the join code of this opening, one token per join, the input
 * lock. In memory only: nothing here is written to the workshop, and closing forgets it all,
 * so every old code and token stops working.
 */
export class JoinSession {
  private code: string | null = null;
  private locked = false;
  private readonly phones = new Map<string, JoinedPhone>();
  /** Tokens of removed phones (until joining closes), so such a phone is told why. */
  private readonly removed = new Set<string>();

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

  join(participantId: string): JoinedPhone {
    const phone = { phoneId: newPhoneId(), token: newToken(), participantId, connections: 0 };
    this.phones.set(phone.token, phone);
    return phone;
  }

  byToken(token: string): JoinedPhone | null {
    return this.phones.get(token) ?? null;
  }

  wasRemoved(token: string): boolean {
    return this.removed.has(token);
  }

  /** Removes a phone by its console id; returns it, or null if there was none. */
  remove(phoneId: string): JoinedPhone | null {
    for (const phone of this.phones.values()) {
      if (phone.phoneId !== phoneId) continue;
      this.phones.delete(phone.token);
      this.removed.add(phone.token);
      return phone;
    }
    return null;
  }

  /** Phones of people no longer in the workshop go too. */
  removeParticipantsNotIn(ids: ReadonlySet<string>): JoinedPhone[] {
    const gone = [...this.phones.values()].filter((p) => !ids.has(p.participantId));
    for (const phone of gone) this.remove(phone.phoneId);
    return gone;
  }

  all(): JoinedPhone[] {
    return [...this.phones.values()];
  }

  /** The console's view: no tokens, names from the workshop. */
  state(url: string | null, names: ReadonlyMap<string, string>, problem: string | null): JoinState {
    return {
      open: this.isOpen,
      code: this.code,
      url,
      locked: this.locked,
      phones: this.all().map((p) => ({
        phoneId: p.phoneId,
        participantId: p.participantId,
        name: names.get(p.participantId) ?? '',
        connected: p.connections > 0,
      })),
      problem,
    };
  }

  private forget(): void {
    this.phones.clear();
    this.removed.clear();
  }
}
