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
