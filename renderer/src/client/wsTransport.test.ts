import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent } from '../../../shared/api';
import { HostError } from './hostClient';
import { createWsClient, wsUrlFor } from './wsTransport';

/** Just enough of a browser WebSocket for the transport; the test plays the host. */
class FakeSocket extends EventTarget {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: { id: number; name: string; payload: unknown }[] = [];
  constructor(readonly url: string) {
    super();
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.drop();
  }
  open() {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.dispatchEvent(Object.assign(new Event('close'), { code }));
  }
  push(message: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }));
  }
  answer(id: number, result: unknown) {
    this.push({ id, response: { ok: true, result } });
  }
}

const latest = () => FakeSocket.all.at(-1) as FakeSocket;
const Impl = FakeSocket as unknown as new (url: string) => WebSocket;

describe('wsTransport', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => vi.useRealTimers());

  it('connects to /ws on the page origin', () => {
    expect(wsUrlFor('http://127.0.0.1:5170')).toBe('ws://127.0.0.1:5170/ws');
    expect(wsUrlFor('https://example.test')).toBe('wss://example.test/ws');
  });

  it('holds requests until the first connection, then answers them by id', async () => {
    const client = createWsClient({ url: 'ws://x/ws', WebSocketImpl: Impl });
    const undo = client.request('undo', undefined);
    expect(latest().sent).toEqual([]);
    latest().open();
    expect(latest().sent).toEqual([{ id: 1, name: 'undo', payload: undefined }]);
    latest().answer(1, { revision: 4 });
    await expect(undo).resolves.toEqual({ revision: 4 });
  });

  it('rejects with the host error code', async () => {
    const client = createWsClient({ url: 'ws://x/ws', WebSocketImpl: Impl });
    latest().open();
    const undo = client.request('undo', undefined);
    latest().push({
      id: 1,
      response: { ok: false, error: { code: 'nothing-to-undo', message: 'm' } },
    });
    await expect(undo).rejects.toMatchObject({ code: 'nothing-to-undo' });
    await expect(undo).rejects.toBeInstanceOf(HostError);
  });

  it('fails requests in flight when the socket drops, and new ones at once while it is down', async () => {
    const client = createWsClient({ url: 'ws://x/ws', WebSocketImpl: Impl });
    latest().open();
    const inFlight = client.request('redo', undefined);
    latest().drop();
    await expect(inFlight).rejects.toMatchObject({ code: 'transport-error' });
    expect(client.status).toBe('closed');
    await expect(client.request('undo', undefined)).rejects.toMatchObject({
      code: 'transport-error',
    });
  });

  it('reconnects with growing delays and re-syncs state and settings as events', async () => {
    const client = createWsClient({
      url: 'ws://x/ws',
      WebSocketImpl: Impl,
      initialDelayMs: 100,
      maxDelayMs: 1000,
    });
    const events: HostEvent[] = [];
    client.onEvent((e) => events.push(e));
    latest().open();
    latest().drop();
    vi.advanceTimersByTime(99);
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(2);
    latest().drop(); // the host is still down
    vi.advanceTimersByTime(199);
    expect(FakeSocket.all).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(3);

    latest().open();
    expect(client.status).toBe('open');
    const names = latest().sent.map((m) => m.name);
    expect(names).toEqual(['getState', 'getSettings']);
    const snapshot = { revision: 9 };
    latest().answer(latest().sent[0]?.id ?? -1, snapshot);
    latest().answer(latest().sent[1]?.id ?? -1, { language: 'en', recent: [] });
    await vi.runAllTimersAsync();
    expect(events.map((e) => e.type)).toEqual(['snapshot', 'settings']);
  });

  it('passes pushed events on in order', () => {
    const client = createWsClient({ url: 'ws://x/ws', WebSocketImpl: Impl });
    const seen: number[] = [];
    client.onEvent((e) => {
      if (e.type === 'patches') seen.push(e.revision);
    });
    latest().open();
    for (const revision of [1, 2, 3]) {
      latest().push({
        event: {
          type: 'patches',
          revision,
          patches: [],
          canUndo: true,
          canRedo: false,
          savedAt: null,
        },
      });
    }
    expect(seen).toEqual([1, 2, 3]);
  });

  it('stops for good when closed', () => {
    const client = createWsClient({ url: 'ws://x/ws', WebSocketImpl: Impl, initialDelayMs: 10 });
    latest().open();
    client.close();
    vi.advanceTimersByTime(10_000);
    expect(FakeSocket.all).toHaveLength(1);
  });

  describe('as a team device (issue 16)', () => {
    const HOUR = 3_600_000;
    const team = (more: object = {}) =>
      createWsClient({
        url: 'ws://x/team/ws?token=t',
        WebSocketImpl: Impl,
        initialDelayMs: 100,
        queueWhileOffline: true,
        queueTimeoutMs: HOUR,
        ...more,
      });
    const action = {
      type: 'action.add',
      action: { id: 'a1', what: 'Gennemgang af alle nuværende tværsektorielle grupper' },
    } as const;

    it('keeps a change made during a drop and sends it once, on return, before the re-sync', async () => {
      const client = team();
      latest().open();
      latest().drop();
      const sent = client.request('dispatch', action);
      // Minutes on a train of reconnects, still waiting.
      for (let k = 0; k < 20; k++) {
        vi.advanceTimersByTime(5_000);
        latest().drop();
      }
      vi.advanceTimersByTime(5_000);
      latest().open();
      const names = latest().sent.map((m) => m.name);
      expect(names).toEqual(['dispatch', 'getState', 'getSettings']);
      expect(
        FakeSocket.all.flatMap((s) => s.sent).filter((m) => m.name === 'dispatch'),
      ).toHaveLength(1);
      latest().answer(latest().sent[0]?.id ?? -1, { revision: 12 });
      await expect(sent).resolves.toEqual({ revision: 12 });
    });

    it('fails a change in flight at the drop (not sent twice), so the user is told', async () => {
      const client = team();
      latest().open();
      const inFlight = client.request('dispatch', action);
      latest().drop();
      await expect(inFlight).rejects.toMatchObject({ code: 'transport-error' });
      vi.advanceTimersByTime(100);
      latest().open();
      expect(latest().sent.map((m) => m.name)).toEqual(['getState', 'getSettings']);
    });

    it('gives up on a queued change only after the long timeout', async () => {
      const client = team();
      latest().open();
      latest().drop();
      const sent = client.request('dispatch', action);
      let failed = false;
      sent.catch(() => (failed = true));
      await vi.advanceTimersByTimeAsync(HOUR - 1000);
      expect(failed).toBe(false);
      await vi.advanceTimersByTimeAsync(1000);
      await expect(sent).rejects.toMatchObject({ code: 'transport-error' });
    });

    it('stops for good when the facilitator ends the device, and says so', async () => {
      const ended: number[] = [];
      const client = team({ endCodes: [4403], onEnded: (code: number) => ended.push(code) });
      latest().open();
      latest().drop();
      const queued = client.request('dispatch', action);
      vi.advanceTimersByTime(100);
      latest().drop(4403);
      expect(ended).toEqual([4403]);
      await expect(queued).rejects.toMatchObject({ code: 'transport-error' });
      vi.advanceTimersByTime(60_000);
      expect(FakeSocket.all).toHaveLength(2);
      expect(client.status).toBe('closed');
    });

    it('drops the socket when the browser goes offline and tries again as soon as it is back', () => {
      const network = new EventTarget();
      vi.stubGlobal('window', network);
      try {
        team({ followNetwork: true, initialDelayMs: 30_000 });
        latest().open();
        network.dispatchEvent(new Event('offline'));
        expect(latest().readyState).toBe(3);
        expect(FakeSocket.all).toHaveLength(1);
        network.dispatchEvent(new Event('online'));
        expect(FakeSocket.all).toHaveLength(2);
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('counts the socket as gone when the browser goes offline, even if its close event never comes', async () => {
      const network = new EventTarget();
      vi.stubGlobal('window', network);
      try {
        const client = team({ followNetwork: true, initialDelayMs: 30_000 });
        latest().open();
        // Offline, the host's answer to the close never arrives: the socket only starts closing.
        const stuck = latest();
        stuck.close = () => {
          stuck.readyState = 2;
        };
        const inFlight = client.request('redo', undefined);
        network.dispatchEvent(new Event('offline'));
        expect(stuck.readyState).toBe(2);
        expect(client.status).toBe('closed');
        await expect(inFlight).rejects.toMatchObject({ code: 'transport-error' });
        network.dispatchEvent(new Event('online'));
        expect(FakeSocket.all).toHaveLength(2);
        // The old socket's late close event changes nothing.
        stuck.drop();
        latest().open();
        expect(client.status).toBe('open');
      } finally {
        vi.unstubAllGlobals();
      }
    });
  });
});
