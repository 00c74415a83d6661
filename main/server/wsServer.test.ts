import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostEvent } from '../../shared/api';
import { createFakeHost } from './fakeHost';
import { startServer, type RunningServer } from './httpServer';
import { makeStaticFixture, TestClient } from './testSupport';
import { MAX_PAYLOAD_BYTES } from './wsServer';

let fixture: Awaited<ReturnType<typeof makeStaticFixture>>;
let host: ReturnType<typeof createFakeHost>;
let server: RunningServer;
let wsUrl: string;
let origin: string;
const clients: TestClient[] = [];

beforeEach(async () => {
  fixture = await makeStaticFixture();
  host = createFakeHost(() => 1_000);
  server = await startServer({ host, staticDir: fixture.root });
  wsUrl = `ws://127.0.0.1:${server.port}/ws`;
  origin = `http://127.0.0.1:${server.port}`;
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server.close();
  await fixture.done();
});

async function connect(): Promise<TestClient> {
  const client = await TestClient.connect(wsUrl, origin);
  clients.push(client);
  return client;
}

/** The status code of a refused handshake. */
function handshakeStatus(url: string, options: WebSocket.ClientOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options);
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('open', () => {
      ws.close();
      reject(new Error('The handshake was accepted'));
    });
    ws.once('error', () => undefined);
  });
}

const addPoint = (id: string, title: string) => ({
  type: 'agenda.add',
  point: { id, title, purpose: 'decision', plannedMinutes: 10, presenter: '' },
});

describe('handshake', () => {
  it('accepts its own origin, on 127.0.0.1 and localhost', async () => {
    await connect();
    const viaLocalhost = await TestClient.connect(
      `ws://localhost:${server.port}/ws`,
      `http://localhost:${server.port}`,
    );
    clients.push(viaLocalhost);
    expect((await viaLocalhost.request('getState')).response.ok).toBe(true);
  });

  it.each([
    ['another site', 'http://evil.example'],
    ['another port', 'http://127.0.0.1:1'],
    ['https on the same host', 'https://127.0.0.1:PORT'],
    ['the null origin of a file page', 'null'],
  ])('refuses %s with 403', async (_label, bad) => {
    const status = await handshakeStatus(wsUrl, {
      origin: bad.replace('PORT', String(server.port)),
    });
    expect(status).toBe(403);
  });

  it('refuses a handshake without Origin', async () => {
    expect(await handshakeStatus(wsUrl, {})).toBe(403);
  });

  it('refuses a rebinding page whose Host and Origin name another site', async () => {
    const status = await handshakeStatus(wsUrl, {
      origin: `http://evil.example:${server.port}`,
      headers: { host: `evil.example:${server.port}` },
    });
    expect(status).toBe(403);
  });

  it('refuses other paths', async () => {
    expect(await handshakeStatus(`ws://127.0.0.1:${server.port}/other`, { origin })).toBe(404);
  });
});

describe('requests', () => {
  it('routes a command to the host and answers with its revision', async () => {
    const client = await connect();
    const res = await client.request('dispatch', addPoint('p1', 'Velkomst'));
    expect(res.response).toEqual({ ok: true, result: { revision: 1 } });
    expect(host.state.agenda.map((p) => p.title)).toEqual(['Velkomst']);
  });

  it('answers bad messages with errors, keeps the connection, and leaves the state as it was', async () => {
    const client = await connect();
    await client.request('dispatch', addPoint('p1', 'Velkomst'));
    const before = host.state;

    await client.sendRaw('{not json');
    await client.until((m) => m.filter((x) => 'id' in x && x.id === -1).length === 1);
    await client.sendRaw(JSON.stringify({ id: 7, name: 'dispatch', payload: {}, extra: true }));
    const shape = await client.responseTo(7);
    expect(shape.response).toMatchObject({ ok: false, error: { code: 'transport-error' } });
    await client.sendRaw(Buffer.from([1, 2, 3]));
    await client.until((m) => m.filter((x) => 'id' in x && x.id === -1).length === 2);

    const unknown = await client.request('deleteEverything', {});
    expect(unknown.response).toMatchObject({ ok: false, error: { code: 'invalid-command' } });
    const invalid = await client.request('dispatch', { type: 'agenda.add', point: { id: 'p2' } });
    expect(invalid.response).toMatchObject({ ok: false, error: { code: 'invalid-command' } });
    const refused = await client.request('dispatch', addPoint('p1', 'Same id again'));
    expect(refused.response).toMatchObject({ ok: false, error: { code: 'duplicate-id' } });

    expect(host.state).toBe(before);
    expect(host.revision).toBe(1);
    // Still connected and served.
    const state = await client.request('getState');
    expect(state.response).toMatchObject({ ok: true, result: { revision: 1 } });
  });

  it('closes a connection that sends more than the maximum payload', async () => {
    const client = await connect();
    const closed = new Promise<number>((resolve) =>
      client.ws.once('close', (code) => resolve(code)),
    );
    client.ws.send(
      JSON.stringify({ id: 1, name: 'getState', payload: 'x'.repeat(MAX_PAYLOAD_BYTES) }),
    );
    expect(await closed).toBe(1009);
    expect(host.revision).toBe(0);
  });
});

describe('events', () => {
  it('reach every client, in the order they happened', async () => {
    const a = await connect();
    const b = await connect();
    for (let i = 1; i <= 20; i++) {
      void a.request('dispatch', addPoint(`p${i}`, `Point ${i}`));
    }
    const revisions = (events: HostEvent[]) =>
      events.flatMap((e) => (e.type === 'patches' ? [e.revision] : []));
    await b.until(() => revisions(b.events()).length === 20);
    await b.request('undo');
    await b.request('redo');
    const expected = Array.from({ length: 22 }, (_, i) => i + 1);
    for (const client of [a, b]) {
      await client.until(() => revisions(client.events()).length === 22);
      expect(revisions(client.events())).toEqual(expected);
    }
    // Both clients saw the same events: the twenty adds, then the undo and the redo.
    expect(a.events()).toEqual(b.events());
    expect(host.state.agenda).toHaveLength(20);
  });

  it('stop reaching a client once it has gone, and the others keep theirs', async () => {
    const a = await connect();
    const b = await connect();
    a.close();
    await new Promise((resolve) => a.ws.once('close', resolve));
    await b.request('dispatch', addPoint('p1', 'After a left'));
    await b.until(() => b.events().length === 1);
    expect(b.events()[0]).toMatchObject({ type: 'patches', revision: 1 });
  });

  it('close() drops the clients', async () => {
    const a = await connect();
    const closed = new Promise((resolve) => a.ws.once('close', resolve));
    await server.close();
    await closed;
    expect(a.ws.readyState).toBe(WebSocket.CLOSED);
  });
});
