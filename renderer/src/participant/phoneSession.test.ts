import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PhoneView } from '../../../shared/phones/contract';
import { createPhoneSession, phoneSocketUrl } from './phoneSession';
import type { KeyValueStore } from './phoneStorage';

/** Just enough of a browser WebSocket; the test plays the phone server. */
class FakeSocket extends EventTarget {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: { id: number; name: string; payload: Record<string, unknown> }[] = [];
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
  drop(reason = '') {
    if (this.readyState === 3) return;
    this.readyState = 3;
    const e = new Event('close') as Event & { reason: string; code: number };
    e.reason = reason;
    e.code = reason ? 4000 : 1006;
    this.dispatchEvent(e);
  }
  push(message: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }));
  }
  answer(id: number, result: unknown) {
    this.push({ id, response: { ok: true, result } });
  }
  refuse(id: number, code: string) {
    this.push({ id, response: { ok: false, error: { code, message: code } } });
  }
}

class MemoryStore implements KeyValueStore {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

const latest = () => FakeSocket.all.at(-1) as FakeSocket;
const Impl = FakeSocket as unknown as new (url: string) => WebSocket;
const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz';

function view(revision: number): PhoneView {
  return {
    revision,
    workshopTitle: 'W',
    me: { id: 'p1', name: 'Anna', organisation: 'Kommune' },
    locked: false,
    point: null,
    form: null,
  };
}

let n = 0;
function session(store: KeyValueStore) {
  return createPhoneSession({
    origin: 'http://10.0.0.2:5171',
    code: 'ABC234',
    store,
    WebSocketImpl: Impl,
    makeId: () => `id${++n}`,
  });
}

/** Join as p1 through the name list; leaves the token socket open with a view. */
function joinAsAnna(store: KeyValueStore) {
  const s = session(store);
  latest().open();
  expect(latest().sent[0]).toMatchObject({ name: 'listNames' });
  latest().answer(latest().sent[0]!.id, {
    workshopTitle: 'W',
    names: [{ id: 'p1', name: 'Anna', organisation: 'Kommune', taken: false }],
  });
  expect(s.getState().phase).toBe('choosing');
  s.join('p1');
  latest().answer(latest().sent[1]!.id, { token: TOKEN, participantId: 'p1' });
  expect(latest().url).toBe(`ws://10.0.0.2:5171/p/ws?token=${TOKEN}`);
  latest().open();
  latest().push({ view: view(5) });
  return s;
}

describe('phoneSession', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => vi.useRealTimers());

  it('joins with the code, then talks with the token it was given', () => {
    expect(phoneSocketUrl('https://x.test', { code: 'ABC234', token: null })).toBe(
      'wss://x.test/p/ws?code=ABC234',
    );
    const s = joinAsAnna(new MemoryStore());
    expect(FakeSocket.all[0]!.url).toBe('ws://10.0.0.2:5171/p/ws?code=ABC234');
    expect(s.getState().phase).toBe('joined');
    expect(s.getState().view?.me.name).toBe('Anna');
  });

  it('a reload comes back as the same phone, with the token from storage', () => {
    const store = new MemoryStore();
    joinAsAnna(store).close();
    FakeSocket.all = [];
    session(store);
    expect(latest().url).toContain(`token=${TOKEN}`);
  });

  it('an idea sent during a drop is queued, survives a reload and is sent once on reconnect', () => {
    const store = new MemoryStore();
    const s = joinAsAnna(store);
    latest().drop();
    expect(s.getState().reconnecting).toBe(true);
    s.addIdea('  Fælles udskrivningsplan  ');
    expect(s.getState().queue.map((q) => q.text)).toEqual(['Fælles udskrivningsplan']);
    s.close();

    // Reload: the queued idea is still there and goes once the view has arrived.
    const again = session(store);
    expect(again.getState().queue).toHaveLength(1);
    latest().open();
    expect(latest().sent).toEqual([]);
    latest().push({ view: view(6) });
    const sent = latest().sent.filter((m) => m.name === 'addIdea');
    expect(sent).toHaveLength(1);
    const first = sent[0]!;
    // Dropped before the answer: the same id goes again, so the host can tell it is a resend.
    latest().drop();
    vi.advanceTimersByTime(600);
    latest().open();
    latest().push({ view: view(7) });
    const resent = latest().sent.filter((m) => m.name === 'addIdea');
    expect(resent).toHaveLength(1);
    expect(resent[0]!.payload).toEqual(first.payload);
    latest().answer(resent[0]!.id, { ideaId: 'x' });
    expect(again.getState().queue).toEqual([]);
    expect(again.getState().reconnecting).toBe(false);
  });

  it('a refused idea leaves the queue, and its text comes back with the reason', () => {
    const s = joinAsAnna(new MemoryStore());
    s.addIdea('Out of turn');
    const msg = latest().sent.find((m) => m.name === 'addIdea')!;
    latest().refuse(msg.id, 'not-your-turn');
    expect(s.getState().queue).toEqual([]);
    expect(s.getState().error).toMatchObject({ code: 'not-your-turn', text: 'Out of turn' });
  });

  it('too fast keeps the idea queued and sends it again later', () => {
    const s = joinAsAnna(new MemoryStore());
    s.addIdea('A');
    latest().refuse(latest().sent.at(-1)!.id, 'too-fast');
    expect(s.getState().queue).toHaveLength(1);
    expect(s.getState().error).toBeNull();
    vi.advanceTimersByTime(1600);
    expect(latest().sent.filter((m) => m.name === 'addIdea')).toHaveLength(2);
  });

  it('backs off between attempts', () => {
    joinAsAnna(new MemoryStore());
    const before = FakeSocket.all.length;
    latest().drop();
    vi.advanceTimersByTime(499);
    expect(FakeSocket.all.length).toBe(before);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all.length).toBe(before + 1);
    latest().drop();
    vi.advanceTimersByTime(999);
    expect(FakeSocket.all.length).toBe(before + 1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all.length).toBe(before + 2);
  });

  it('ignores an older view', () => {
    const s = joinAsAnna(new MemoryStore());
    latest().push({ view: { ...view(4), locked: true } });
    expect(s.getState().view?.revision).toBe(5);
  });

  it('removed or joining closed: says so and stops trying; the token is forgotten', () => {
    const store = new MemoryStore();
    const s = joinAsAnna(store);
    latest().push({ closed: 'removed' });
    expect(s.getState()).toMatchObject({ phase: 'ended', endReason: 'removed' });
    const count = FakeSocket.all.length;
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all.length).toBe(count);
    expect(store.getItem('dialogrum.phone.v1')).not.toContain(TOKEN);
  });

  it('a token the host no longer knows goes back to choosing a name', () => {
    const store = new MemoryStore();
    joinAsAnna(store).close();
    const s = session(store);
    latest().drop('bad-token');
    expect(latest().url).toContain('code=ABC234');
    expect(s.getState().phase).toBe('connecting');
  });

  it('the host saying bad-token (a new session) sends the phone back to the names', () => {
    const s = joinAsAnna(new MemoryStore());
    latest().push({ closed: 'bad-token' });
    expect(latest().url).toContain('code=ABC234');
    latest().open();
    expect(latest().sent[0]).toMatchObject({ name: 'listNames' });
    expect(s.getState().phase).toBe('connecting');
  });

  it('cut off for flooding: comes back with its token after a pause, not at once', () => {
    const s = joinAsAnna(new MemoryStore());
    const count = FakeSocket.all.length;
    latest().push({ closed: 'too-fast' });
    expect(s.getState().phase).toBe('joined');
    vi.advanceTimersByTime(9_000);
    expect(FakeSocket.all.length).toBe(count);
    vi.advanceTimersByTime(1_000);
    expect(latest().url).toContain(`token=${TOKEN}`);
  });
});
