import { describe, expect, it } from 'vitest';
import { TEAM_JOIN_PATH } from '../../../shared/team/contract';
import { PEOPLE } from '../../../test/fixtures/corpus/sentences';
import { teamPageOf, teamStorageKey } from './teamPage';
import {
  addressWithoutCode,
  codeInAddress,
  forgetTeamDevice,
  joinTeam,
  loadTeamDevice,
  type KeyValueStore,
} from './teamSession';

const REFERENT = PEOPLE.find((p) => p.name === 'Anette Schouv Kjeldsen')?.name ?? '';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

interface Call {
  url: string;
  body: unknown;
}

/** The LAN server's join endpoint, answering with `status` and `body`. */
function server(status: number, body: unknown, calls: Call[] = []): typeof fetch {
  return (async (url: string, init?: RequestInit) => {
    calls.push({ url, body: JSON.parse(String(init?.body)) });
    return new Response(JSON.stringify(body), { status });
  }) as typeof fetch;
}

const reply = (role: string, page: string) => ({
  token: 'tok-7f3a',
  deviceId: 'dev-1',
  role,
  page,
});

describe('which page is a team page', () => {
  const none = () => false;
  it('is the console at /console and the projector at /projector on the LAN, never in Electron', () => {
    const lan = { search: '', hostname: '192.168.1.24' };
    expect(teamPageOf({ ...lan, pathname: '/console' }, false, none)).toBe('console');
    expect(teamPageOf({ ...lan, pathname: '/projector' }, false, none)).toBe('projector');
    expect(teamPageOf({ ...lan, pathname: '/console' }, true, none)).toBeNull();
    expect(teamPageOf({ ...lan, pathname: '/' }, false, none)).toBeNull();
  });

  it('leaves the facilitator’s own projector on loopback alone unless it came with a code or a token', () => {
    const loopback = { pathname: '/projector', hostname: '127.0.0.1' };
    expect(teamPageOf({ ...loopback, search: '' }, false, none)).toBeNull();
    expect(teamPageOf({ ...loopback, search: '?code=ABC234' }, false, none)).toBe('projector');
    expect(teamPageOf({ ...loopback, search: '' }, false, (p) => p === 'projector')).toBe(
      'projector',
    );
  });
});

describe('joining as a team device', () => {
  it('trades the code and the name for a token it keeps, and stays on its page', async () => {
    const store = memoryStore();
    const calls: Call[] = [];
    const outcome = await joinTeam({
      fetch: server(200, reply('referent', '/console'), calls),
      store,
      page: 'console',
      code: ' abc-234 ',
      name: `  ${REFERENT} `,
    });
    expect(calls).toEqual([{ url: TEAM_JOIN_PATH, body: { code: 'ABC234', name: REFERENT } }]);
    expect(outcome).toEqual({
      ok: true,
      record: { token: 'tok-7f3a', deviceId: 'dev-1', role: 'referent' },
      goTo: null,
    });
    // A reload comes back as the same device.
    expect(loadTeamDevice(store, 'console')?.token).toBe('tok-7f3a');
    expect(loadTeamDevice(store, 'projector')).toBeNull();
  });

  it('sends a projector code typed in the console to the projector page, its token kept there', async () => {
    const store = memoryStore();
    const outcome = await joinTeam({
      fetch: server(200, reply('projector', '/projector')),
      store,
      page: 'console',
      code: 'KLM789',
      name: 'Projektor',
    });
    expect(outcome).toMatchObject({ ok: true, goTo: '/projector' });
    expect(loadTeamDevice(store, 'projector')?.role).toBe('projector');
    expect(loadTeamDevice(store, 'console')).toBeNull();
  });

  it('says why the server refused, and keeps nothing', async () => {
    for (const [status, body, error] of [
      [403, { error: 'bad-code' }, 'bad-code'],
      [409, { error: 'joining-closed' }, 'joining-closed'],
      [429, {}, 'too-fast'],
      [403, { code: 'ended' }, 'ended'],
      [400, 'not json at all', 'invalid-message'],
    ] as const) {
      const store = memoryStore();
      const outcome = await joinTeam({
        fetch: server(status, body),
        store,
        page: 'console',
        code: 'ABC234',
        name: REFERENT,
      });
      expect(outcome).toEqual({ ok: false, error });
      expect(store.data.size).toBe(0);
    }
  });

  it('asks nothing of the server for a code that cannot be one or an empty name', async () => {
    const calls: Call[] = [];
    const fetch = server(200, reply('referent', '/console'), calls);
    const base = { fetch, store: memoryStore(), page: 'console' as const };
    expect(await joinTeam({ ...base, code: 'ABC10', name: REFERENT })).toEqual({
      ok: false,
      error: 'bad-code',
    });
    expect(await joinTeam({ ...base, code: 'ABC234', name: '   ' })).toEqual({
      ok: false,
      error: 'bad-name',
    });
    expect(calls).toEqual([]);
  });

  it('tells a server it cannot reach from a refusal', async () => {
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const outcome = await joinTeam({
      fetch: offline,
      store: memoryStore(),
      page: 'console',
      code: 'ABC234',
      name: REFERENT,
    });
    expect(outcome).toEqual({ ok: false, error: 'unreachable' });
  });

  it('forgets an ended device, and ignores a kept record that is not one', () => {
    const store = memoryStore();
    store.setItem(
      teamStorageKey('console'),
      JSON.stringify({ token: 't', deviceId: 'd', role: 'referent' }),
    );
    expect(loadTeamDevice(store, 'console')).toEqual({
      token: 't',
      deviceId: 'd',
      role: 'referent',
    });
    forgetTeamDevice(store, 'console');
    expect(loadTeamDevice(store, 'console')).toBeNull();
    store.setItem(
      teamStorageKey('console'),
      JSON.stringify({ token: 't', deviceId: 'd', role: 'facilitator' }),
    );
    expect(loadTeamDevice(store, 'console')).toBeNull();
    store.setItem(teamStorageKey('console'), '{not json');
    expect(loadTeamDevice(store, 'console')).toBeNull();
  });

  it('reads the code from the address and drops it once spent', () => {
    expect(codeInAddress('?code=abc234')).toBe('ABC234');
    expect(codeInAddress('')).toBe('');
    expect(addressWithoutCode('http://192.168.1.24:5171/console?code=ABC234#top')).toBe(
      '/console#top',
    );
    expect(addressWithoutCode('http://192.168.1.24:5171/projector?code=ABC234&full=1')).toBe(
      '/projector?full=1',
    );
  });
});
