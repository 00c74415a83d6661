import type { TeamDevice } from '../../../shared/team/contract';
import { TEAM_ROLES, type DeviceIdentity, type TeamRole } from '../../../shared/team/roles';
import { newJoinCode, newPhoneId, newToken, sameSecret } from '../phones/secrets';

/** One team device as the host keeps it: the console sees it without its token. */
export interface TeamMember extends DeviceIdentity {
  role: TeamRole;
  token: string;
  since: number;
  /** Since when it has had no socket (ms); null while connected. */
  goneSince: number | null;
}

/** More team devices than this at once is not a meeting: joins are refused. */
export const MAX_TEAM_DEVICES = 24;

/**
 * Who may join the team and who has: a code per role for this opening, a token per device,
 * the tokens the facilitator ended. In memory only: closing joining forgets it all, so every
 * old code and token stops working.
 */
export class TeamSession {
  private codes: Record<TeamRole, string> | null = null;
  private readonly members = new Map<string, TeamMember>();
  /** Tokens the facilitator ended (until joining closes), so such a device is told why. */
  private readonly ended = new Set<string>();

  get isOpen(): boolean {
    return this.codes !== null;
  }

  /** Fresh codes, none equal to another nor to any of `taken` (the participants' code). */
  open(taken: readonly string[]): void {
    this.forget();
    const codes: Partial<Record<TeamRole, string>> = {};
    const used = new Set(taken);
    for (const role of TEAM_ROLES) codes[role] = freshCode(used);
    this.codes = codes as Record<TeamRole, string>;
  }

  close(): void {
    this.forget();
    this.codes = null;
  }

  /** A new code for one role; the old one stops working at once, its devices stay. */
  renew(role: TeamRole, taken: readonly string[]): void {
    if (!this.codes) return;
    this.codes[role] = freshCode(new Set([...taken, ...Object.values(this.codes)]));
  }

  code(role: TeamRole): string | null {
    return this.codes?.[role] ?? null;
  }

  /** The role this code lets in; null for a wrong or old code. */
  roleFor(code: string): TeamRole | null {
    if (!this.codes) return null;
    const upper = code.toUpperCase();
    // Every code is compared, so the time taken does not say which role was nearly guessed.
    let found: TeamRole | null = null;
    for (const role of TEAM_ROLES) if (sameSecret(upper, this.codes[role])) found = role;
    return found;
  }

  get isFull(): boolean {
    return this.members.size >= MAX_TEAM_DEVICES;
  }

  join(role: TeamRole, name: string, now: number): TeamMember {
    const member: TeamMember = {
      deviceId: newPhoneId(),
      role,
      name,
      token: newToken(),
      since: now,
      goneSince: now,
    };
    this.members.set(member.token, member);
    return member;
  }

  byToken(token: string): TeamMember | null {
    return this.members.get(token) ?? null;
  }

  byId(deviceId: string): TeamMember | null {
    return this.all().find((m) => m.deviceId === deviceId) ?? null;
  }

  wasEnded(token: string): boolean {
    return this.ended.has(token);
  }

  /** Ends a device: its token stops working at once. */
  end(member: TeamMember): void {
    this.members.delete(member.token);
    this.ended.add(member.token);
  }

  /** Devices without a socket for `graceMs` are forgotten: their token stops working. */
  prune(now: number, graceMs: number): TeamMember[] {
    const gone = this.all().filter((m) => m.goneSince !== null && now - m.goneSince >= graceMs);
    for (const member of gone) this.members.delete(member.token);
    return gone;
  }

  all(): TeamMember[] {
    return [...this.members.values()];
  }

  /** The console's list, in the order they joined. Never a token. */
  devices(): TeamDevice[] {
    return this.all().map((m) => ({
      deviceId: m.deviceId,
      role: m.role,
      name: m.name,
      connected: m.goneSince === null,
      since: m.since,
    }));
  }

  private forget(): void {
    this.members.clear();
    this.ended.clear();
  }
}

function freshCode(used: Set<string>): string {
  let code = newJoinCode();
  while (used.has(code)) code = newJoinCode();
  used.add(code);
  return code;
}
