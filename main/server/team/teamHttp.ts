import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StateSnapshot } from '../../../shared/api';
import {
  TEAM_EXPORT_PATH,
  TEAM_JOIN_PATH,
  type TeamJoinError,
} from '../../../shared/team/contract';
import { mayExport } from '../../../shared/team/permissions';
import type { ExportService } from '../../exporters/exportService';
import { answerExport } from '../exportEndpoint';
import { setSecurityHeaders } from '../securityHeaders';
import { createTeamPageHandler, isTeamPagePath } from './teamPages';
import type { TeamService } from './teamService';

/** A join is a code and a name: a kilobyte is plenty. */
export const MAX_JOIN_BODY_BYTES = 1024;

export interface TeamHttpOptions {
  staticDir: string;
  team: TeamService;
  /** The host's export service, once there is one (the downloads answer 503 until then). */
  exports(): ExportService | null;
  snapshot(): Promise<StateSnapshot>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  setSecurityHeaders(res);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

const refuseJoin = (res: ServerResponse, status: number, error: TeamJoinError): void =>
  sendJson(res, status, { error });

function sendText(res: ServerResponse, status: number, text: string): void {
  setSecurityHeaders(res);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** The body as text, or null when it is longer than `max` bytes (the rest is not read). */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > max) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) return resolve(null); // The rest is discarded; the answer closes the connection.
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The team's HTTP on the phone server (issue 16): the console and projector pages with the
 * build's assets, POST /team/join, and GET /team/export. Returns false for any other path, which
 * is the phone page's. Host names were checked by the server; origins are the server's own.
 */
export function createTeamHttpHandler(options: TeamHttpOptions) {
  const pages = createTeamPageHandler(options.staticDir);

  async function join(req: IncomingMessage, res: ServerResponse, origins: ReadonlySet<string>) {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return refuseJoin(res, 405, 'invalid-message');
    }
    // Only the team page served from this very origin may join (a browser always sends it).
    if (!origins.has(req.headers.origin ?? '')) return refuseJoin(res, 403, 'invalid-message');
    const text = await readBody(req, MAX_JOIN_BODY_BYTES);
    if (text === null) {
      res.setHeader('Connection', 'close');
      return refuseJoin(res, 413, 'invalid-message');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuseJoin(res, 400, 'invalid-message');
    }
    const outcome = options.team.join(body, req.socket.remoteAddress ?? '');
    if (!outcome.ok) return refuseJoin(res, outcome.status, outcome.error);
    sendJson(res, 200, outcome.reply);
  }

  function download(req: IncomingMessage, res: ServerResponse, origins: ReadonlySet<string>) {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const member = options.team.memberFor(query.get('token') ?? '');
    if (!member || !mayExport(member.role)) return sendText(res, 403, 'Forbidden');
    const exports = options.exports();
    if (!exports) return sendText(res, 503, 'Downloads are not available here');
    answerExport(req, res, query, {
      exports,
      allowedOrigins: () => origins,
      workshop: async () => {
        const { workshop, revision } = await options.snapshot();
        return { workshop, revision };
      },
    });
  }

  return (req: IncomingMessage, res: ServerResponse, origins: ReadonlySet<string>): boolean => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const fail = () => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    };
    if (urlPath === TEAM_JOIN_PATH) join(req, res, origins).catch(fail);
    else if (urlPath === TEAM_EXPORT_PATH) download(req, res, origins);
    else if (isTeamPagePath(urlPath)) pages(req, res).catch(fail);
    else return false;
    return true;
  };
}
