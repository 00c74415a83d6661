import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import type { HostResponse } from '../../shared/api';
import type { WsServerMessage } from '../../shared/wsProtocol';

type ResponseMessage = { id: number; response: HostResponse };

export const PAGE_CSP = "default-src 'self'; script-src 'self'; connect-src 'self'";

/** A small built renderer, with a secret beside (not inside) it to try to reach. */
export async function makeStaticFixture(): Promise<{
  base: string;
  root: string;
  done(): Promise<void>;
}> {
  const base = await mkdtemp(path.join(tmpdir(), 'dialogrum-server-'));
  const root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  const page = (name: string) =>
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">` +
    `<title>${name}</title></head><body>${name}</body></html>`;
  await writeFile(path.join(root, 'index.html'), page('console'));
  await writeFile(path.join(root, 'projector.html'), page('projector'));
  await writeFile(path.join(root, 'assets', 'app-1234.js'), 'console.log(1);');
  await writeFile(path.join(root, 'assets', 'app-1234.css'), 'body{}');
  await writeFile(path.join(base, 'secret.txt'), 'SECRET');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'link.txt'));
  return { base, root, done: () => rm(base, { recursive: true, force: true }) };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request whose path is sent as written (fetch and URL would normalise `..` away). */
export function rawGet(
  port: number,
  rawPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: rawPath,
        method,
        headers: { host: `127.0.0.1:${port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A WebSocket client that collects what the server sends, and can await a given message. */
export class TestClient {
  readonly messages: WsServerMessage[] = [];
  private waiters: Array<() => void> = [];
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as WsServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async connect(url: string, origin: string | undefined): Promise<TestClient> {
    const ws = new WebSocket(url, origin === undefined ? {} : { origin });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new TestClient(ws);
  }

  async until(
    predicate: (messages: WsServerMessage[]) => boolean,
    timeoutMs = 5000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('Timed out waiting for server messages');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends a request and resolves with its response. */
  async request(name: string, payload?: unknown): Promise<ResponseMessage> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ id, name, payload }));
    return this.responseTo(id);
  }

  async sendRaw(data: string | Buffer): Promise<void> {
    this.ws.send(data);
  }

  async responseTo(id: number): Promise<ResponseMessage> {
    const find = (m: WsServerMessage[]) =>
      m.find((x): x is ResponseMessage => 'id' in x && x.id === id);
    await this.until((m) => find(m) !== undefined);
    return find(this.messages)!;
  }

  events() {
    return this.messages.flatMap((m) => ('event' in m ? [m.event] : []));
  }

  close(): void {
    this.ws.close();
  }
}
