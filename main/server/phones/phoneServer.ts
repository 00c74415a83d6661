import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { PHONE_WS_PATH } from '../../../shared/phones/protocol';
import { TEAM_WS_PATH } from '../../../shared/team/contract';
import { allowedHosts, allowedOrigins, formatHost } from '../origins';
import { setSecurityHeaders } from '../securityHeaders';
import { HARD_MAX_PAYLOAD_BYTES } from './phoneConnection';
import { createPhonePageHandler } from './phonePage';
import { AddressCounter, PHONE_LIMITS, type PhoneLimits } from './socketLimits';
import { refuseUpgrade } from '../socketMechanics';
import { TEAM_HARD_MAX_PAYLOAD_BYTES } from '../team/teamConnection';

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
  /** The team devices' pages, join and downloads, and their socket (issue 16), on this server. */
  team?: TeamEndpoints;
}

export interface TeamEndpoints {
  /** Answers a team path (true), or leaves the request to the phone page (false). */
  http(req: IncomingMessage, res: ServerResponse, origins: ReadonlySet<string>): boolean;
  /** A team device connected on TEAM_WS_PATH with `?token=` (Host, Origin and caps checked). */
  onConnection(ws: WebSocket, token: string, remoteAddress: string): void;
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
 * The server phones and team devices talk to, listening on the local network only while joining
 * is open: the phone page and the phone WebSocket; with `team`, the team pages, join, downloads
 * and socket. Its own port, so the console's own server stays on 127.0.0.1.
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
    if (options.team?.http(req, res, origins)) return;
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
  // Team devices speak the console's protocol, whose messages (a point's notes) are larger.
  const teamWss = new WebSocketServer({ noServer: true, maxPayload: TEAM_HARD_MAX_PAYLOAD_BYTES });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', 'http://localhost');
    const team = url.pathname === TEAM_WS_PATH ? options.team : undefined;
    if (url.pathname !== PHONE_WS_PATH && !team) return refuseUpgrade(socket, 404, 'Not Found');
    if (!hosts.has(req.headers.host ?? '')) return refuseUpgrade(socket, 403, 'Forbidden');
    // Only the pages themselves, served from this very origin, may open a socket.
    if (!origins.has(req.headers.origin ?? '')) return refuseUpgrade(socket, 403, 'Forbidden');
    const code = team ? null : url.searchParams.get('code');
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
    (team ? teamWss : wss).handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', release);
      if (team) team.onConnection(ws, token ?? '', remote);
      else options.onConnection(ws, { code, token }, remote);
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
        for (const client of [...wss.clients, ...teamWss.clients]) client.terminate();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        await new Promise<void>((resolve) => teamWss.close(() => resolve()));
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}
