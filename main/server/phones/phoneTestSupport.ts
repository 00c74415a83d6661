import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import type { HostEvent } from '../../../shared/api';
import { applyJoinState } from '../../../shared/phones/joinState';
import { parseCommand } from '../../../shared/reducer';
import type { CommandInput } from '../../../shared/testing/commandCases';
import {
  PHONE_WS_PATH,
  type JoinStateWhole,
  type PhoneResponse,
  type PhoneServerMessage,
  type PhoneView,
} from '../../../shared/phones/protocol';
import { createHost, type LocalHost } from '../../host/createHost';
import { JsonSettingsStore } from '../../settings/jsonSettingsStore';
import { startServer, type RunningServer } from '../httpServer';
import { makeStaticFixture, TestClient } from '../testSupport';
import { PhoneService } from './phoneService';
import type { PhoneLimits } from './socketLimits';

/** The join state a console holds after these events, applied as the console applies them. */
export function heldJoinState(events: HostEvent[]): JoinStateWhole {
  let held: JoinStateWhole = {
    open: false,
    code: null,
    url: null,
    locked: false,
    problem: null,
    phonesRevision: 0,
    phones: [],
  };
  for (const event of events) {
    if (event.type !== 'join') continue;
    const next = applyJoinState(held, event.join);
    if (!next) throw new Error('A join event did not follow on from the one before');
    held = next;
  }
  return held;
}

/** A built renderer with a phone page that links one asset, which in turn imports a chunk. */
export async function addPhonePage(root: string): Promise<void> {
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(
    path.join(root, 'participant.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'">` +
      `<script type="module" src="./assets/participant-abcd.js"></script></head><body>phone</body></html>`,
  );
  await writeFile(path.join(root, 'assets', 'participant-abcd.js'), 'import "./chunk-ef01.js";');
  await writeFile(path.join(root, 'assets', 'chunk-ef01.js'), 'export {};');
}

export interface PhonesFixture {
  host: LocalHost;
  phones: PhoneService;
  server: RunningServer;
  console: TestClient;
  staticDir: string;
  dispatch(...commands: CommandInput[]): Promise<void>;
  /** Opens joining from the console; returns the code and the phone server's origin. */
  open(): Promise<{ code: string; origin: string; port: number }>;
  done(): Promise<void>;
}

/**
 * The meeting the phone tests start from: three present participants of one organisation, one
 * point running in the developing room, turns in the order p1, p2, p3.
 */
export function developingMeeting(): CommandInput[] {
  return [
    ...['p1', 'p2', 'p3'].map((id) => ({
      type: 'participant.add' as const,
      participant: { id, name: `Navn ${id}`, title: '', organisation: 'Kommune', present: true },
    })),
    {
      type: 'agenda.add',
      point: {
        id: 'pt1',
        title: 'Udskrivelse',
        purpose: 'decision',
        plannedMinutes: 30,
        presenter: '',
      },
    },
    { type: 'point.start', id: 'pt1' },
    { type: 'room.goTo', room: 'developing' },
    { type: 'turns.setup', pointId: 'pt1', order: ['p1', 'p2', 'p3'] },
  ];
}

/** A real host and console server on loopback, with the phone service on 127.0.0.1. */
export async function startPhonesFixture(
  options: { phonePage?: boolean; limits?: Partial<PhoneLimits> } = {},
): Promise<PhonesFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-phones-'));
  const statics = await makeStaticFixture();
  if (options.phonePage !== false) await addPhonePage(statics.root);
  const phones = new PhoneService({
    staticDir: statics.root,
    hostname: '127.0.0.1',
    port: 0,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const host = await createHost({
    documentsDir: dir,
    settings: new JsonSettingsStore(path.join(dir, 'settings.json')),
    onWarning: () => undefined,
    joining: phones,
  });
  const server = await startServer({ host, staticDir: statics.root });
  const consoleClient = await TestClient.connect(
    `ws://127.0.0.1:${server.port}/ws`,
    `http://127.0.0.1:${server.port}`,
  );
  return {
    host,
    phones,
    server,
    console: consoleClient,
    staticDir: statics.root,
    async dispatch(...commands) {
      for (const command of commands) await host.handlers.dispatch(parseCommand(command));
    },
    async open() {
      const { response } = await consoleClient.request('openJoining');
      if (!response.ok) throw new Error(response.error.message);
      const join = response.result as { code: string; url: string };
      const origin = new URL(join.url).origin;
      return { code: join.code, origin, port: Number(new URL(origin).port) };
    },
    async done() {
      consoleClient.close();
      await server.close();
      await host.close();
      await statics.done();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

type Answer = { id: number; response: PhoneResponse };

/** A phone over the phone WebSocket: collects what the host sends, can await a message. */
export class PhoneClient {
  readonly messages: PhoneServerMessage[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: Array<() => void> = [];
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as PhoneServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) =>
      ws.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() });
        for (const wake of this.waiters.splice(0)) wake();
      }),
    );
  }

  static async connect(
    origin: string,
    query: { code: string } | { token: string },
    headerOrigin: string | null = origin,
  ): Promise<PhoneClient> {
    const search = 'code' in query ? `code=${query.code}` : `token=${query.token}`;
    const url = `${origin.replace(/^http/, 'ws')}${PHONE_WS_PATH}?${search}`;
    const ws = new WebSocket(url, headerOrigin === null ? {} : { origin: headerOrigin });
    const client = new PhoneClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return client;
  }

  async until(
    predicate: (messages: PhoneServerMessage[]) => boolean,
    timeoutMs = 5000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('Timed out waiting for the phone server');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  send(name: string, payload: unknown = {}): number {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ id, name, payload }));
    return id;
  }

  async request(name: string, payload: unknown = {}): Promise<PhoneResponse> {
    const id = this.send(name, payload);
    return (await this.answerTo(id)).response;
  }

  async answerTo(id: number): Promise<Answer> {
    const find = () => this.messages.find((m): m is Answer => 'id' in m && m.id === id);
    await this.until(() => find() !== undefined);
    return find()!;
  }

  views(): PhoneView[] {
    return this.messages.flatMap((m) => ('view' in m ? [m.view] : []));
  }

  lastView(): PhoneView | undefined {
    return this.views().at(-1);
  }

  closedReason(): string | undefined {
    const m = this.messages.find((x) => 'closed' in x);
    return m && 'closed' in m ? m.closed : undefined;
  }

  close(): void {
    this.ws.close();
  }
}

/** Joins as `participantId` with the code; returns the phone (bound) and its token. */
export async function joinAs(
  origin: string,
  code: string,
  participantId: string,
): Promise<{ phone: PhoneClient; token: string }> {
  const phone = await PhoneClient.connect(origin, { code });
  const response = await phone.request('join', { participantId });
  if (!response.ok) throw new Error(`join refused: ${response.error.code}`);
  return { phone, token: (response.result as { token: string }).token };
}
