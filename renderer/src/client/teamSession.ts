import { JOIN_CODE_PATTERN } from '../../../shared/phones/contract';
import {
  TEAM_CONSOLE_PATH,
  TEAM_JOIN_ERRORS,
  TEAM_JOIN_PATH,
  TEAM_PROJECTOR_PATH,
  type TeamJoinError,
  type TeamJoinReply,
} from '../../../shared/team/contract';
import { isTeamRole, type TeamRole } from '../../../shared/team/roles';
import { teamStorageKey, type TeamPage } from './teamPage';

/**
 * A team device's joining (issue 16), without the page: what it keeps between loads, the code
 * in its address, and trading a code and a name for a token at TEAM_JOIN_PATH.
 */

/** What a device keeps once joined; the token is the device. */
export interface TeamDeviceRecord {
  token: string;
  deviceId: string;
  role: TeamRole;
}

/** The part of localStorage used here, so tests (and a browser without storage) pass their own. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function loadTeamDevice(
  store: KeyValueStore | null,
  page: TeamPage,
): TeamDeviceRecord | null {
  try {
    const raw: unknown = JSON.parse(store?.getItem(teamStorageKey(page)) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { token, deviceId, role } = raw as Partial<Record<keyof TeamDeviceRecord, unknown>>;
    if (typeof token !== 'string' || !token || typeof deviceId !== 'string' || !isTeamRole(role))
      return null;
    return { token, deviceId, role };
  } catch {
    return null;
  }
}

export function saveTeamDevice(
  store: KeyValueStore | null,
  page: TeamPage,
  record: TeamDeviceRecord,
): void {
  try {
    store?.setItem(teamStorageKey(page), JSON.stringify(record));
  } catch {
    // Private mode or a full store: the device works, and joins again after a reload.
  }
}

export function forgetTeamDevice(store: KeyValueStore | null, page: TeamPage): void {
  try {
    store?.removeItem(teamStorageKey(page));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** A code as typed or read aloud: upper case, without spaces or dashes. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export function isCode(value: string): boolean {
  return JOIN_CODE_PATTERN.test(value);
}

/** The code in the page's address (`?code=`), or '' when there is none. */
export function codeInAddress(search: string): string {
  return normaliseCode(new URLSearchParams(search).get('code') ?? '');
}

/** The address without its code: once spent, it is not left there to be shared by accident. */
export function addressWithoutCode(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('code');
  return url.pathname + url.search + url.hash;
}

/** Which page a join reply sends the device to; null for a page this build does not have. */
export function pageOfPath(path: string): TeamPage | null {
  if (path === TEAM_CONSOLE_PATH) return 'console';
  if (path === TEAM_PROJECTOR_PATH) return 'projector';
  return null;
}

/** Besides the host's refusals: the LAN server could not be reached at all. */
export type JoinFailure = TeamJoinError | 'unreachable';

export type JoinOutcome =
  | {
      ok: true;
      record: TeamDeviceRecord;
      /** The page of the role, when it is not this one (a projector code typed in the console). */
      goTo: string | null;
    }
  | { ok: false; error: JoinFailure };

function isJoinError(value: unknown): value is TeamJoinError {
  return (TEAM_JOIN_ERRORS as readonly unknown[]).includes(value);
}

/** The refusal the server's body names (`{ error }`, `{ code }` or the bare code), or a guess from the status. */
function refusalOf(status: number, body: unknown): TeamJoinError {
  const named =
    typeof body === 'object' && body !== null
      ? (Reflect.get(body, 'error') ?? Reflect.get(body, 'code'))
      : body;
  if (isJoinError(named)) return named;
  if (status === 429) return 'too-fast';
  if (status === 400 || status === 413) return 'invalid-message';
  return 'bad-code';
}

function isReply(value: unknown): value is TeamJoinReply {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Record<keyof TeamJoinReply, unknown>>;
  return (
    typeof r.token === 'string' &&
    r.token.length > 0 &&
    typeof r.deviceId === 'string' &&
    isTeamRole(r.role) &&
    typeof r.page === 'string'
  );
}

export interface JoinInput {
  fetch: typeof fetch;
  store: KeyValueStore | null;
  /** The page asking: the token is kept for the page of the role, which may be the other. */
  page: TeamPage;
  code: string;
  name: string;
}

/** Trades the code and name for a token, keeps it, and says where the role works. */
export async function joinTeam(input: JoinInput): Promise<JoinOutcome> {
  const code = normaliseCode(input.code);
  const name = input.name.trim();
  if (!isCode(code)) return { ok: false, error: 'bad-code' };
  if (!name) return { ok: false, error: 'bad-name' };
  let response: Response;
  try {
    response = await input.fetch(TEAM_JOIN_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, name }),
    });
  } catch {
    return { ok: false, error: 'unreachable' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) return { ok: false, error: refusalOf(response.status, body) };
  if (!isReply(body)) return { ok: false, error: 'invalid-message' };
  const record: TeamDeviceRecord = { token: body.token, deviceId: body.deviceId, role: body.role };
  const target = pageOfPath(body.page) ?? input.page;
  saveTeamDevice(input.store, target, record);
  return { ok: true, record, goTo: target === input.page ? null : body.page };
}
