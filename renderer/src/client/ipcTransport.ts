import type { DialogrumBridge, HostResponse } from '../../../shared/api';
import { HostError, unwrap, type HostClient } from './hostClient';

/** Electron: the preload's bridge already speaks HostResponse; IPC is open for the window's life. */
export function createIpcClient(bridge: DialogrumBridge): HostClient {
  return {
    status: 'open',
    async request(name, payload) {
      let response: HostResponse<typeof name>;
      try {
        response = await bridge.request(name, payload);
      } catch (error) {
        // The bridge only rejects when IPC itself fails (e.g. the main process is gone).
        throw new HostError({ code: 'transport-error', message: String(error) });
      }
      return unwrap(response);
    },
    onEvent(listener) {
      return bridge.onEvent(listener);
    },
    onStatus() {
      return () => {};
    },
    close() {},
  };
}
