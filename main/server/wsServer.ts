import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { WS_PATH, type WsServerMessage } from '../../shared/wsProtocol';
import type { Host } from '../host/hostTypes';
import { route } from '../host/router';
import { refuseUpgrade, sendBounded } from './socketMechanics';
import { readWsMessage } from './wsMessages';

/** Far above any real request (a whole workshop is sent as commands, not in one message). */
export const MAX_PAYLOAD_BYTES = 256 * 1024;
/** A client this far behind is stuck; it is dropped and refetches the state when it reconnects. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

export interface WsEndpoint {
  /** Handles an HTTP upgrade; refuses wrong paths, hosts and origins. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  readonly clientCount: number;
  close(): Promise<void>;
}

export interface WsEndpointOptions {
  host: Host;
  /** Host headers (`127.0.0.1:5170`) and origins (`http://127.0.0.1:5170`) that may connect. */
  allowedHosts: ReadonlySet<string>;
  allowedOrigins: ReadonlySet<string>;
}

/**
 * The WebSocket transport of the host API (shared/wsProtocol.ts). Every request goes through the
 * one router; every host event goes to every client, serialised once, in the order it happened.
 */
export function createWsEndpoint({
  host,
  allowedHosts,
  allowedOrigins,
}: WsEndpointOptions): WsEndpoint {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });

  const send = (ws: WebSocket, text: string): void => sendBounded(ws, text, MAX_BUFFERED_BYTES);

  const unsubscribe = host.subscribe((event) => {
    const text = JSON.stringify({ event } satisfies WsServerMessage);
    for (const client of wss.clients) send(client, text);
  });

  wss.on('connection', (ws: WebSocket) => {
    // One request at a time per client, so its commands reach the host in the order it sent them.
    let queue: Promise<void> = Promise.resolve();
    ws.on('message', (data: RawData, isBinary: boolean) => {
      queue = queue.then(async () => {
        const message = await answer(data, isBinary);
        if (message) send(ws, JSON.stringify(message));
      });
    });
    ws.on('error', () => ws.terminate());
  });

  async function answer(data: RawData, isBinary: boolean): Promise<WsServerMessage | null> {
    const read = readWsMessage(data, isBinary);
    if (!read.ok) return read.reply;
    const { id, name, payload } = read.request;
    return { id, response: await route(host.handlers, name, payload) };
  }

  return {
    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== WS_PATH) return refuseUpgrade(socket, 404, 'Not Found');
      if (!allowedHosts.has(req.headers.host ?? '')) return refuseUpgrade(socket, 403, 'Forbidden');
      // Browsers always send Origin on a WebSocket handshake; a page elsewhere must not drive the host.
      if (!allowedOrigins.has(req.headers.origin ?? ''))
        return refuseUpgrade(socket, 403, 'Forbidden');
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    get clientCount() {
      return wss.clients.size;
    },
    close() {
      unsubscribe();
      for (const client of wss.clients) client.terminate();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}
