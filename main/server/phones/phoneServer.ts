import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { PHONE_WS_PATH } from '../../../shared/phones/protocol';
import { allowedHosts, allowedOrigins, formatHost } from '../origins';
import { setSecurityHeaders } from '../securityHeaders';
import { HARD_MAX_PAYLOAD_BYTES } from './phoneConnection';
import { createPhonePageHandler } from './phonePage';
import { AddressCounter, PHONE_LIMITS, type PhoneLimits } from './socketLimits';
import { refuseUpgrade } from '../socketMechanics';

export interface PhoneServerOptions {
  hostname: string;
  port: number;
  staticDir: string;
  limits?: PhoneLimits;
  /** A phone connected with `?code=` or `?token=` (Host and Origin already checked). */
  onConnection(
    ws: WebSocket,
    query: { code: string | null; token: string | null },
    remoteAddress: string,
  ): void;
}

export interface RunningPhoneServer {
  /** `http://192.168.1.20:5171` */
  origin: string;
  port: number;
  /** Open phone WebSockets, for the bench. */
  readonly sockets: number;
  close(): Promise<void>;
}

/** Why an upgrade over a cap is refused: the phone page and a person reading logs see it. */
export const CAP_REASONS = {
  address: 'Too many phone connections from this address',
  total: 'Too many phone connections',
} as const;

/**
 * The server phones talk to, listening on the local network only while joining is open: the
 * phone page and the phone WebSocket, nothing of the console. Its own port, so the console's
 * server stays on 127.0.0.1.
 */
export async function startPhoneServer(options: PhoneServerOptions): Promise<RunningPhoneServer> {
  const page = createPhonePageHandler(options.staticDir);
  const limits = options.limits ?? PHONE_LIMITS;
  const tcp = new AddressCounter(limits.connectionsPerAddress, limits.connections);
  const sockets = new AddressCounter(limits.socketsPerAddress, limits.sockets);
  let hosts: ReadonlySet<string> = new Set();
  let origins: ReadonlySet<string> = new Set();
  // Checked often, so a connection that never sends its headers goes within seconds.
  const server = createServer({ connectionsCheckingInterval: 2_000 }, (req, res) => {
    if (!hosts.has(req.headers.host ?? '')) {
      setSecurityHeaders(res);
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Misdirected request');
      return;
    }
    page(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // Slow or idle clients on a network must not hold sockets for ever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 20_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = limits.connections;
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? '';
    if (tcp.tryAdd(address) !== 'ok') {
      socket.destroy();
      return;
    }
    socket.once('close', () => tcp.release(address));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(options.hostname, port);
  origins = allowedOrigins(options.hostname, port);

  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_MAX_PAYLOAD_BYTES });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== PHONE_WS_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (!hosts.has(req.headers.host ?? '')) return refuseUpgrade(socket, 403, 'Forbidden');
    // Only the phone page itself, served from this very origin, may open the socket.
    if (!origins.has(req.headers.origin ?? '')) return refuseUpgrade(socket, 403, 'Forbidden');
    const code = url.searchParams.get('code');
    const token = url.searchParams.get('token');
    if ((code === null) === (token === null)) return refuseUpgrade(socket, 400, 'Bad Request');
    const remote = req.socket.remoteAddress ?? '';
    const cap = sockets.tryAdd(remote);
    if (cap !== 'ok') return refuseUpgrade(socket, 503, CAP_REASONS[cap]);
    let counted = true;
    const release = () => {
      if (counted) sockets.release(remote);
      counted = false;
    };
    socket.once('close', release);
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', release);
      options.onConnection(ws, { code, token }, remote);
    });
  });

  let closing: Promise<void> | null = null;
  return {
    origin: `http://${formatHost(options.hostname)}:${port}`,
    port,
    get sockets() {
      return sockets.size;
    },
    close() {
      closing ??= (async () => {
        for (const client of wss.clients) client.terminate();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}
