import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { StateSnapshot } from '../../shared/api';
import { createHost, type LocalHost } from '../host/createHost';
import { JsonSettingsStore } from '../settings/jsonSettingsStore';
import { startServer, type RunningServer } from './httpServer';
import { makeStaticFixture, TestClient } from './testSupport';

let dir: string;
let fixture: Awaited<ReturnType<typeof makeStaticFixture>>;
let host: LocalHost | null = null;
let server: RunningServer | null = null;
const clients: TestClient[] = [];

async function start(): Promise<{ host: LocalHost; server: RunningServer }> {
  host = await createHost({
    documentsDir: dir,
    settings: new JsonSettingsStore(path.join(dir, 'settings.json')),
    onWarning: () => undefined,
  });
  server = await startServer({ host, staticDir: fixture.root });
  return { host, server };
}

async function stop(): Promise<void> {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  await host?.close();
  server = null;
  host = null;
}

async function connect(s: RunningServer): Promise<TestClient> {
  const client = await TestClient.connect(
    `ws://127.0.0.1:${s.port}/ws`,
    `http://127.0.0.1:${s.port}`,
  );
  clients.push(client);
  return client;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-server-host-'));
  fixture = await makeStaticFixture();
});

afterEach(async () => {
  await stop();
  await fixture.done();
  await rm(dir, { recursive: true, force: true });
});

it('carries the real host: commands from one client reach the other and survive a restart', async () => {
  const { server: first } = await start();
  const a = await connect(first);
  const b = await connect(first);

  const initial = await a.request('getState');
  expect(initial.response.ok).toBe(true);

  const added = await a.request('dispatch', {
    type: 'agenda.add',
    point: { id: 'p1', title: 'Velkomst', purpose: 'decision', plannedMinutes: 10, presenter: '' },
  });
  expect(added.response).toMatchObject({ ok: true });
  await b.until(() => b.events().some((e) => e.type === 'patches'));

  // A bad message changes nothing on disk.
  await a.sendRaw('{"id": 99, "name": "dispatch", "payload": {"type": "agenda.remove"}}');
  expect((await a.responseTo(99)).response).toMatchObject({ ok: false });

  await stop();
  const { server: second } = await start();
  const c = await connect(second);
  const after = await c.request('getState');
  if (!after.response.ok) throw new Error(after.response.error.message);
  const snapshot = after.response.result as StateSnapshot;
  expect(snapshot.workshop.agenda.map((p) => p.title)).toEqual(['Velkomst']);
});
