import type {
  DialogrumBridge,
  HOST_EVENT_CHANNEL,
  HOST_REQUEST_CHANNEL,
  HostEvent,
  HostResponse,
} from '../../shared/api';
import {
  CONSOLE_REQUEST_CHANNEL,
  isConsoleRequest,
  type ConsoleRequestBridge,
} from '../../shared/consoleRequests';
import type { EXPORT_FILE_CHANNEL, ExportFileResult } from '../../shared/exporters/exportQuery';

/**
 * The channel names, written out so the preload bundle does not pull in shared/api.ts (and with it
 * zod and every command schema). The `typeof` annotations make the typecheck fail if they drift.
 */
export const REQUEST_CHANNEL: typeof HOST_REQUEST_CHANNEL = 'dialogrum:request';
export const EVENT_CHANNEL: typeof HOST_EVENT_CHANNEL = 'dialogrum:event';
/** Exports saved through the shell's save dialog (main/electron/exportIpc.ts). */
export const EXPORT_CHANNEL: typeof EXPORT_FILE_CHANNEL = 'dialogrum:export';

/** The slice of Electron's ipcRenderer the bridge uses; nothing else is reachable from it. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds `window.dialogrum`. Three functions over three fixed channels; the IPC event object (whose
 * `sender` is ipcRenderer itself) never reaches the page.
 */
export function createBridge(ipc: BridgeIpc): DialogrumBridge & ConsoleRequestBridge {
  const bridge = {
    async request(name, payload) {
      try {
        // The host's router always answers with a HostResponse; the main side is typed to it.
        return (await ipc.invoke(REQUEST_CHANNEL, name, payload)) as HostResponse<typeof name>;
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'transport-error',
            message: error instanceof Error ? error.message : String(error),
          },
        };
      }
    },
    onEvent(listener) {
      const forward = (_event: unknown, hostEvent: unknown): void =>
        listener(hostEvent as HostEvent);
      ipc.on(EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
    async exportFile(request) {
      try {
        // The main side (connectExports) always answers with an ExportFileResult.
        return (await ipc.invoke(EXPORT_CHANNEL, request)) as ExportFileResult;
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
    onConsoleRequest(listener) {
      // Only the menu's known requests reach the page, and only their name.
      const forward = (_event: unknown, request: unknown): void => {
        if (isConsoleRequest(request)) listener(request);
      };
      ipc.on(CONSOLE_REQUEST_CHANNEL, forward);
      return () => {
        ipc.removeListener(CONSOLE_REQUEST_CHANNEL, forward);
      };
    },
  } satisfies DialogrumBridge & ConsoleRequestBridge;
  return bridge;
}
