import { TEAM_CLOSE, TEAM_WS_PATH } from '../../../shared/team/contract';
import type { HostClient } from './hostClient';
import { createIpcClient } from './ipcTransport';
import { createWsClient, wsUrlFor } from './wsTransport';

/** Inside Electron the preload provides `window.dialogrum`; in a plain browser, use the WebSocket. */
export function createClient(): HostClient {
  const bridge = window.dialogrum;
  if (bridge) return createIpcClient(bridge);
  return createWsClient({ url: wsUrlFor(window.location.origin) });
}

export function isBrowserMode(): boolean {
  return window.dialogrum === undefined;
}

/** The team socket on the page's own origin (the LAN server), as this device. */
export function teamSocketUrl(origin: string, token: string): string {
  return `${origin.replace(/^http/, 'ws')}${TEAM_WS_PATH}?token=${encodeURIComponent(token)}`;
}

/** A Wi-Fi drop may last a while: the referent's changes wait this long for the network. */
const TEAM_QUEUE_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * A team device (issue 16): the console's API over the team socket, its token in the address.
 * Changes made while the network is gone wait and go once it is back; `onEnded` runs when the
 * facilitator ends the device, or when a newer tab of it takes over (the client has stopped).
 */
export function createTeamClient(
  token: string,
  onEnded: (why: 'ended' | 'replaced') => void,
): HostClient {
  return createWsClient({
    url: teamSocketUrl(window.location.origin, token),
    queueWhileOffline: true,
    queueTimeoutMs: TEAM_QUEUE_TIMEOUT_MS,
    followNetwork: true,
    endCodes: [TEAM_CLOSE.ended, TEAM_CLOSE.replaced],
    onEnded: (code) => onEnded(code === TEAM_CLOSE.replaced ? 'replaced' : 'ended'),
  });
}
