import { TEAM_CONSOLE_PATH, TEAM_PROJECTOR_PATH } from '../../../shared/team/contract';

/** Which team page this is: the console or the projector a team device opens over the network. */
export type TeamPage = 'console' | 'projector';

/** Where a team device keeps its token, per page (localStorage is per origin already). */
export function teamStorageKey(page: TeamPage): string {
  return `dialogrum.team.${page}.v1`;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface PagePlace {
  pathname: string;
  search: string;
  hostname: string;
}

/**
 * A team page is the console or projector served on the LAN server (issue 16): the team path
 * and no Electron bridge. Browser mode serves the facilitator's own projector at `/projector`
 * too, on loopback: there the page is a team page only with a code in its address or a token
 * kept from joining (the LAN server is another origin, so the facilitator's page never has one).
 */
export function teamPageOf(
  place: PagePlace,
  hasBridge: boolean,
  hasToken: (page: TeamPage) => boolean,
): TeamPage | null {
  if (hasBridge) return null;
  const path = place.pathname.replace(/\/+$/, '');
  if (path === TEAM_CONSOLE_PATH) return 'console';
  if (path !== TEAM_PROJECTOR_PATH) return null;
  if (!LOOPBACK.has(place.hostname)) return 'projector';
  const code = new URLSearchParams(place.search).get('code');
  return code || hasToken('projector') ? 'projector' : null;
}

/** This page, as the browser has it. */
export function currentTeamPage(): TeamPage | null {
  return teamPageOf(window.location, window.dialogrum !== undefined, (page) => {
    try {
      return localStorage.getItem(teamStorageKey(page)) !== null;
    } catch {
      return false;
    }
  });
}

let joinedToken: string | null = null;

/** The token of the team device this page is (set once joined), for its downloads' addresses. */
export function setTeamToken(token: string | null): void {
  joinedToken = token;
}

export function teamToken(): string | null {
  return joinedToken;
}
