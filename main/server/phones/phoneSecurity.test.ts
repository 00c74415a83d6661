import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinStateWhole } from '../../../shared/phones/protocol';
import { rawGet } from '../testSupport';
import {
  developingMeeting,
  joinAs,
  PhoneClient,
  startPhonesFixture,
  type PhonesFixture,
} from './phoneTestSupport';

let f: PhonesFixture;
/** The revision after setting up the meeting: nothing a refused phone does may move it. */
let setUp: number;

beforeEach(async () => {
  f = await startPhonesFixture();
  await f.dispatch(...developingMeeting());
  setUp = await revision();
});

afterEach(async () => {
  await f.done();
});

async function revision(): Promise<number> {
  return (await f.host.handlers.getState(undefined)).revision;
}

/** The host answers the console and takes a permitted phone request: it is still serving. */
async function stillServing(origin: string, code: string): Promise<void> {
  expect((await f.console.request('getState')).response.ok).toBe(true);
  const probe = await PhoneClient.connect(origin, { code });
  expect((await probe.request('listNames')).ok).toBe(true);
  probe.close();
}

/** The upgrade's HTTP status, or 101 when the socket opened. */
function upgradeStatus(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        ...headers,
      },
    });
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve(101);
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the phone server', () => {
  it('listens only while joining is open; the console server stays on 127.0.0.1', async () => {
    expect(f.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(f.phones.origin).toBeNull();
    const { origin, code, port } = await f.open();
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(port).not.toBe(f.server.port);
    expect(f.server.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    const joinEvents = f.console.events().filter((e) => e.type === 'join');
    expect(joinEvents.at(-1)).toMatchObject({ join: { open: true, code } });
    expect((await f.console.request('closeJoining')).response).toMatchObject({
      ok: true,
      result: { open: false, code: null, url: null },
    });
    await expect(rawGet(port, '/join')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('serves the phone page and what it loads (not the console’s root), to its own Host name', async () => {
    const { port } = await f.open();
    const page = await rawGet(port, '/join?c=ABCDEF');
    expect(page.status).toBe(200);
    expect(page.body).toContain('phone');
    expect(page.headers['content-security-policy']).toBe("default-src 'self'");
    expect((await rawGet(port, '/assets/participant-abcd.js')).status).toBe(200);
    expect((await rawGet(port, '/assets/chunk-ef01.js')).status).toBe(200);
    for (const other of ['/', '/index.html', '/participant.html', '/../secret.txt']) {
      expect((await rawGet(port, other)).status, other).toBe(404);
    }
    // The team pages (issue 16) are here too, at their own paths: main/server/team/teamHttp.test.ts.
    expect((await rawGet(port, '/join', { host: `evil.example:${port}` })).status).toBe(421);
    expect((await rawGet(port, '/join', {}, 'POST')).status).toBe(405);
    // The console's WebSocket is not on the phone server.
    expect(
      await upgradeStatus(port, '/ws', {
        host: `127.0.0.1:${port}`,
        origin: `http://127.0.0.1:${port}`,
      }),
    ).toBe(404);
  });

  it("sends the build's brotli copy of a phone asset to a phone that takes it", async () => {
    const chunk = path.join(f.staticDir, 'assets', 'chunk-ef01.js');
    await writeFile(`${chunk}.br`, brotliCompressSync('export {};'));
    const { port } = await f.open();
    const compressed = await rawGet(port, '/assets/chunk-ef01.js', { 'accept-encoding': 'br' });
    expect(compressed.headers['content-encoding']).toBe('br');
    const plain = await rawGet(port, '/assets/chunk-ef01.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('export {};');
    const page = await rawGet(port, '/join?c=ABCDEF', { 'accept-encoding': 'br' });
    expect(page.headers['content-encoding']).toBeUndefined();
  });

  it('says clearly when the phone page is not built', async () => {
    await f.done();
    f = await startPhonesFixture({ phonePage: false });
    const { port } = await f.open();
    const page = await rawGet(port, '/join');
    expect(page.status).toBe(404);
    expect(page.body).toMatch(/participant page is not built/);
  });

  it('refuses a foreign Origin, a missing Origin and a foreign Host on the WebSocket', async () => {
    const { port, code } = await f.open();
    const path = `/p/ws?code=${code}`;
    const host = `127.0.0.1:${port}`;
    expect(await upgradeStatus(port, path, { host, origin: 'http://evil.example' })).toBe(403);
    expect(
      await upgradeStatus(port, path, { host, origin: `http://127.0.0.1:${f.server.port}` }),
    ).toBe(403);
    expect(await upgradeStatus(port, path, { host })).toBe(403);
    expect(
      await upgradeStatus(port, path, { host: 'evil.example', origin: 'http://evil.example' }),
    ).toBe(403);
    expect(await upgradeStatus(port, path, { host, origin: `http://${host}` })).toBe(101);
  });

  it('refuses a wrong code, an old code after reopening, and a wrong token', async () => {
    const first = await f.open();
    const wrong = await PhoneClient.connect(first.origin, {
      code: first.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA',
    });
    expect((await wrong.closed).code).toBe(1008);
    expect(wrong.closedReason()).toBe('bad-code');
    const { token } = await joinAs(first.origin, first.code, 'p1');

    await f.console.request('closeJoining');
    const second = await f.open();
    const old = await PhoneClient.connect(second.origin, { code: first.code });
    await old.closed;
    expect(old.closedReason()).toBe(first.code === second.code ? undefined : 'bad-code');
    const oldToken = await PhoneClient.connect(second.origin, { token });
    await oldToken.closed;
    expect(oldToken.closedReason()).toBe('bad-token');
    const madeUp = await PhoneClient.connect(second.origin, { token: 'x'.repeat(32) });
    await madeUp.closed;
    expect(madeUp.closedReason()).toBe('bad-token');
    expect(await revision()).toBe(setUp);
    await stillServing(second.origin, second.code);
  });

  it('disconnects a removed phone at once and refuses its token after', async () => {
    const { origin, code } = await f.open();
    const { phone, token } = await joinAs(origin, code, 'p1');
    await phone.until(() => phone.lastView() !== undefined);
    const listed = (await f.console.request('getJoinState')).response;
    const state = (listed as { ok: true; result: JoinStateWhole }).result;
    expect(state.phones).toEqual([
      expect.objectContaining({ participantId: 'p1', connected: true }),
    ]);
    expect(JSON.stringify(state)).not.toContain(token);
    await f.console.request('removePhone', { phoneId: state.phones[0]!.phoneId });
    await phone.closed;
    expect(phone.closedReason()).toBe('removed');
    const again = await PhoneClient.connect(origin, { token });
    await again.closed;
    expect(again.closedReason()).toBe('removed');
    expect(await revision()).toBe(setUp);
  });

  it('refuses oversized, malformed and unknown messages and changes nothing', async () => {
    const { origin, code } = await f.open();
    const { phone } = await joinAs(origin, code, 'p1');
    const before = await revision();
    phone.ws.send(
      JSON.stringify({ id: 50, name: 'addIdea', payload: { id: 'big', text: 'x'.repeat(9000) } }),
    );
    expect((await phone.answerTo(50)).response).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    phone.ws.send('{not json');
    phone.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    phone.ws.send(
      JSON.stringify({
        id: 51,
        name: 'dispatch',
        payload: { type: 'workshop.update', title: 'Hacked' },
      }),
    );
    phone.ws.send(JSON.stringify({ id: 52, name: 'addIdea', payload: { id: 'i', text: '' } }));
    phone.ws.send(
      JSON.stringify({ id: 53, name: 'addIdea', payload: { id: 'i', text: 'ok', authorId: 'p2' } }),
    );
    phone.ws.send(JSON.stringify({ id: 54, name: 'openJoining' }));
    for (const id of [51, 52, 53, 54]) {
      expect((await phone.answerTo(id)).response, String(id)).toMatchObject({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
    const unnumbered = phone.messages.filter((m) => 'id' in m && m.id === -1);
    expect(unnumbered).toHaveLength(2);
    // Past the hard limit the connection is closed without reading on.
    phone.ws.send(JSON.stringify({ id: 55, name: 'pass', payload: { pad: 'x'.repeat(20_000) } }));
    expect((await phone.closed).code).toBe(1009);
    expect(await revision()).toBe(before);
    const state = await f.host.handlers.getState(undefined);
    expect(state.workshop.title).toBe('');
    expect(state.workshop.ideas).toEqual([]);
    await stillServing(origin, code);
  });

  it('refuses a flood with too-fast, answers a bounded number, and closes the flooding phone', async () => {
    const { origin, code } = await f.open();
    const { phone } = await joinAs(origin, code, 'p2'); // not p2's turn: every request is refused
    await phone.until(() => phone.lastView() !== undefined);
    const before = await revision();
    const sent = 2_000;
    for (let i = 0; i < sent; i++)
      phone.ws.send(JSON.stringify({ id: 100 + i, name: 'pass', payload: {} }));
    const closed = await phone.closed;
    expect(closed.code).toBe(1008);
    expect(phone.closedReason()).toBe('too-fast');
    const answers = phone.messages.filter((m) => 'id' in m);
    const tooFast = answers.filter(
      (m) => 'response' in m && !m.response.ok && m.response.error.code === 'too-fast',
    );
    expect(tooFast.length).toBeGreaterThan(0);
    expect(tooFast.length).toBeLessThanOrEqual(5);
    expect(answers.length).toBeLessThan(30);
    expect(await revision()).toBe(before);
    await stillServing(origin, code);
  });

  it('stops an address that keeps guessing codes, even with the right one after', async () => {
    const { origin, code } = await f.open();
    const wrong = code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < 20; i++) {
      const guess = await PhoneClient.connect(origin, { code: wrong });
      await guess.closed;
      expect(guess.closedReason()).toBe('bad-code');
    }
    const blocked = await PhoneClient.connect(origin, { code });
    await blocked.closed;
    expect(blocked.closedReason()).toBe('too-fast');
    expect(await revision()).toBe(setUp);
    // Closing joining forgets it: the next opening starts clean.
    await f.console.request('closeJoining');
    const next = await f.open();
    await stillServing(next.origin, next.code);
  });
});
