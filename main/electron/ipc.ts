import {
  HOST_EVENT_CHANNEL,
  HOST_REQUEST_CHANNEL,
  type HostEvent,
  type HostResponse,
} from '../../shared/api';
import type { Host } from '../host/hostTypes';
import { route } from '../host/router';
import { isAppUrl } from './security';

/** What the handler reads off an IPC event; Electron's IpcMainInvokeEvent has this shape. */
export interface IpcSender {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export type RequestHandler = (
  event: IpcSender,
  name: unknown,
  payload: unknown,
) => Promise<HostResponse>;

export interface SenderPolicy {
  /** File URLs of our pages (console, projector). */
  readonly allowedUrls: readonly string[];
  /** Ids of our windows' webContents, read at call time (windows come and go). */
  readonly windowContentsIds: () => Iterable<number>;
}

/**
 * Trusted only when the request comes from the top frame of one of our own windows showing one of
 * our own pages. Anything else (a frame that navigated elsewhere, a stray webContents) is refused
 * before the payload is even looked at.
 */
export function isTrustedSender(event: IpcSender, policy: SenderPolicy): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!isAppUrl(frame.url, policy.allowedUrls)) return false;
  for (const id of policy.windowContentsIds()) if (id === event.sender.id) return true;
  return false;
}

/** The `ipcMain.handle` callback: sender check, then the shared router (zod validation). */
export function createRequestHandler(
  host: Pick<Host, 'handlers'>,
  policy: SenderPolicy,
): RequestHandler {
  return async (event, name, payload) => {
    if (!isTrustedSender(event, policy)) {
      return {
        ok: false,
        error: { code: 'transport-error', message: 'Request refused: unknown sender' },
      };
    }
    return route(host.handlers, name, payload);
  };
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcSender, name: unknown, payload: unknown) => Promise<HostResponse>,
  ): void;
  removeHandler(channel: string): void;
}

export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, event: HostEvent): void;
}

/**
 * Wires the host to IPC: one request channel in, one event channel out to every live window.
 * Returns the teardown.
 */
export function connectHost(options: {
  ipcMain: IpcMainLike;
  host: Pick<Host, 'handlers' | 'subscribe'>;
  policy: SenderPolicy;
  targets: () => Iterable<EventTarget>;
}): () => void {
  const { ipcMain, host, policy, targets } = options;
  ipcMain.handle(HOST_REQUEST_CHANNEL, createRequestHandler(host, policy));
  const unsubscribe = host.subscribe((event) => {
    for (const target of targets())
      if (!target.isDestroyed()) target.send(HOST_EVENT_CHANNEL, event);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(HOST_REQUEST_CHANNEL);
  };
}
