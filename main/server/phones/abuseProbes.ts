import { request } from 'node:http';
import path from 'node:path';
import { PHONE_WS_PATH } from '../../../shared/phones/protocol';
import { rawGet } from '../testSupport';
import { heldJoinState, joinAs, PhoneClient, type PhonesFixture } from './phoneTestSupport';

/**
 * The probe's attacks on the phone server, on loopback (127.0.0.1) only, each a bounded loop
 * that stops by itself. Shared by the abuse suite (phoneAbuse.test.ts) and `npm run bench`.
 */

/** The console still loads (its page over HTTP) and Save As still writes the workshop. */
export async function consoleAlive(f: PhonesFixture, name: string): Promise<boolean> {
  const page = await rawGet(f.server.port, '/');
  const target = path.join(path.dirname(f.staticDir), `${name}-${Date.now()}.dialogrum`);
  const saved = await f.host.handlers.saveDocumentAs({ path: target });
  return page.status === 200 && saved.document.path.endsWith('.dialogrum');
}

/** Opens a phone WebSocket's upgrade; its status (101 when it opened) and the socket to hold. */
export function rawUpgrade(
  port: number,
  code: string,
): Promise<{ status: number; reason: string; hold: () => void; drop: () => void }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: `${PHONE_WS_PATH}?code=${code}`,
      headers: {
        host: `127.0.0.1:${port}`,
        origin: `http://127.0.0.1:${port}`,
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.on('error', () => undefined);
      resolve({
        status: res.statusCode ?? 101,
        reason: '',
        hold: () => socket.resume(),
        drop: () => socket.destroy(),
      });
    });
    req.on('response', (res) => {
      res.resume();
      const none = () => undefined;
      resolve({
        status: res.statusCode ?? 0,
        reason: res.statusMessage ?? '',
        hold: none,
        drop: none,
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** `count` sockets that connect and never join; how many opened, were refused, and still open after `waitMs`. */
export async function idleSockets(
  f: PhonesFixture,
  port: number,
  code: string,
  count: number,
  waitMs: number,
): Promise<{
  opened: number;
  refused: number;
  reason: string;
  openAfterWait: number;
  alive: boolean;
}> {
  const held: Array<{ drop: () => void }> = [];
  let opened = 0;
  let reason = '';
  for (let i = 0; i < count; i++) {
    const up = await rawUpgrade(port, code);
    if (up.status === 101) {
      opened += 1;
      up.hold();
      held.push(up);
    } else reason = up.reason;
  }
  const alive = await consoleAlive(f, 'idle');
  await new Promise((r) => setTimeout(r, waitMs));
  const openAfterWait = f.phones.stats().connections;
  for (const h of held) h.drop();
  return { opened, refused: count - opened, reason, openAfterWait, alive };
}

/** One participant on `count` connections, each sending ideas as fast as it can for `ms`. */
export async function floodFromOne(
  f: PhonesFixture,
  origin: string,
  token: string,
  count: number,
  ms: number,
): Promise<{ connected: number; sent: number; accepted: number; tooFast: number }> {
  const phones: PhoneClient[] = [];
  for (let i = 0; i < count; i++) {
    try {
      phones.push(await PhoneClient.connect(origin, { token }));
    } catch {
      // Over the cap of sockets per address: refused at the upgrade.
    }
  }
  const end = Date.now() + ms;
  let sent = 0;
  let n = 0;
  while (Date.now() < end) {
    for (const phone of phones) {
      if (phone.ws.readyState !== phone.ws.OPEN) continue;
      phone.send('addIdea', { id: `flood-${n++}`, text: 'Flood' });
      sent += 1;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await new Promise((r) => setTimeout(r, 300));
  const answers = phones.flatMap((p) =>
    p.messages.flatMap((m) => ('response' in m ? [m.response] : [])),
  );
  for (const phone of phones) phone.close();
  return {
    connected: phones.length,
    sent,
    accepted: answers.filter((r) => r.ok).length,
    tooFast: answers.filter((r) => !r.ok && r.error.code === 'too-fast').length,
  };
}

/** `total` join requests from one address, on at most `sockets` sockets at a time, as fast as allowed. */
export async function joinFlood(
  f: PhonesFixture,
  origin: string,
  code: string,
  participantIds: string[],
  total: number,
): Promise<{
  sent: number;
  joined: number;
  asked: number;
  refused: Record<string, number>;
  phones: number;
  consoleJoinBytes: number;
}> {
  const before = JSON.stringify(f.console.events().filter((e) => e.type === 'join')).length;
  const refused: Record<string, number> = {};
  let sent = 0;
  let joined = 0;
  let asked = 0;
  let opened = 0;
  const deadline = Date.now() + 60_000;
  while (sent < total && Date.now() < deadline) {
    let phone: PhoneClient;
    try {
      phone = await PhoneClient.connect(origin, { code });
    } catch {
      await new Promise((r) => setTimeout(r, 20));
      continue;
    }
    const ids: number[] = [];
    opened += 1;
    for (let i = 0; i < 60 && sent < total; i++, sent++) {
      const participantId = participantIds[(opened + i) % participantIds.length];
      ids.push(phone.send('join', { participantId }));
    }
    await Promise.race([phone.closed, new Promise((r) => setTimeout(r, 150))]);
    for (const m of phone.messages) {
      if (!('response' in m) || !ids.includes(m.id)) continue;
      const r = m.response;
      if (r.ok) {
        if ('waiting' in (r.result as object)) asked += 1;
        else joined += 1;
      } else refused[r.error.code] = (refused[r.error.code] ?? 0) + 1;
    }
    phone.close();
  }
  const after = JSON.stringify(f.console.events().filter((e) => e.type === 'join')).length;
  return {
    sent,
    joined,
    asked,
    refused,
    phones: heldJoinState(f.console.events()).phones.length,
    consoleJoinBytes: after - before,
  };
}

export { joinAs };
