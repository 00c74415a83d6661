import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TEAM_CLOSE, type TeamState } from '../../../shared/team/contract';
import { CONCLUSIONS, PEOPLE } from '../../../test/fixtures/corpus/sentences';
import { joinAs, PhoneClient } from '../phones/phoneTestSupport';
import {
  decidingMeeting,
  joinTeam,
  postJoin,
  startTeamFixture,
  TeamClient,
  type TeamFixture,
} from './teamTestSupport';

let f: TeamFixture;

beforeEach(async () => {
  f = await startTeamFixture();
  await f.dispatch(...decidingMeeting());
});

afterEach(async () => {
  await f.done();
});

/** The team panel as the facilitator's console last heard it. */
function lastTeam(): TeamState | undefined {
  return f.events.flatMap((e) => (e.type === 'team' ? [e.team] : [])).at(-1);
}

describe('joining as a team device', () => {
  it('gives each role its own code and address, apart from the participants’ code', async () => {
    const { team, origin, phoneCode } = await f.open();
    const codes = [team.codes.referent, team.codes.cofacilitator, team.codes.projector];
    expect(new Set([...codes, phoneCode]).size).toBe(4);
    expect(team.urls.referent).toBe(`${origin}/console?code=${team.codes.referent}`);
    expect(team.urls.cofacilitator).toBe(`${origin}/console?code=${team.codes.cofacilitator}`);
    expect(team.urls.projector).toBe(`${origin}/projector?code=${team.codes.projector}`);
    expect(lastTeam()).toEqual(team);
  });

  it('lets a referent in by code and name, and their conclusion reaches the workshop', async () => {
    const { team, origin } = await f.open();
    const reply = await postJoin(origin, {
      code: team.codes.referent!.toLowerCase(),
      name: '  Mette Kjærgaard  ',
    });
    expect(reply.status).toBe(200);
    const { token, deviceId, role, page } = reply.body as Record<string, string>;
    expect({ role, page }).toEqual({ role: 'referent', page: '/console' });
    expect(lastTeam()?.devices).toEqual([
      {
        deviceId,
        role: 'referent',
        name: 'Mette Kjærgaard',
        connected: false,
        since: expect.any(Number),
      },
    ]);
    expect(JSON.stringify(lastTeam())).not.toContain(token);

    const referent = await TeamClient.connect(origin, token!);
    await expect.poll(() => lastTeam()?.devices[0]?.connected).toBe(true);
    const session = await referent.request('getSession');
    expect(session).toEqual({
      ok: true,
      result: { deviceId, role: 'referent', name: 'Mette Kjærgaard' },
    });
    const added = await referent.request('dispatch', {
      type: 'conclusion.add',
      pointId: 'pt1',
      conclusion: { id: 'c2', text: CONCLUSIONS[2] },
    });
    expect(added.ok).toBe(true);
    expect(f.host.state.agenda[0]!.conclusions.map((c) => c.text)).toEqual([
      CONCLUSIONS[0],
      CONCLUSIONS[2],
    ]);
    // The facilitator's console hears whose change it was.
    const change = f.events.findLast((e) => e.type === 'patches');
    expect(change).toMatchObject({ by: { deviceId, name: 'Mette Kjærgaard' } });

    referent.close();
    await expect.poll(() => lastTeam()?.devices[0]?.connected).toBe(false);
    expect(f.host.left).toContain(deviceId);
  });

  it('refuses a wrong code, a renewed (old) code and a bad name, and keeps those already in', async () => {
    const { team, origin } = await f.open();
    expect(await postJoin(origin, { code: 'ABCDEF', name: 'Mette' })).toEqual({
      status: 403,
      body: { error: 'bad-code' },
    });
    expect((await postJoin(origin, { code: team.codes.referent, name: ' ' })).body).toEqual({
      error: 'bad-name',
    });
    expect(
      (await postJoin(origin, { code: team.codes.referent, name: 'Mette', role: 'facilitator' }))
        .body,
    ).toEqual({ error: 'invalid-message' });
    expect((await postJoin(origin, 'not json')).body).toEqual({ error: 'invalid-message' });
    const big = await postJoin(origin, { code: team.codes.referent, name: 'x'.repeat(2000) });
    expect(big).toEqual({ status: 413, body: { error: 'invalid-message' } });

    const { client: referent } = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const renewed = await f.phones.handlers.renewTeamCode({ role: 'referent' });
    expect(renewed.codes.referent).not.toBe(team.codes.referent);
    expect(renewed.codes.cofacilitator).toBe(team.codes.cofacilitator);
    expect(await postJoin(origin, { code: team.codes.referent, name: 'Jonas' })).toEqual({
      status: 403,
      body: { error: 'bad-code' },
    });
    expect((await postJoin(origin, { code: renewed.codes.referent, name: 'Jonas' })).status).toBe(
      200,
    );
    // The referent who joined with the old code is still in.
    expect((await referent.request('getState')).ok).toBe(true);
  });

  it('refuses a join from another origin, or with no origin', async () => {
    const { team, origin } = await f.open();
    const body = { code: team.codes.referent, name: 'Mette' };
    expect(await postJoin(origin, body, 'http://evil.example')).toEqual({
      status: 403,
      body: { error: 'invalid-message' },
    });
    expect((await postJoin(origin, body, null)).status).toBe(403);
    expect(lastTeam()?.devices).toEqual([]);
  });

  it('counts wrong codes with the phones’: a flood of guesses is refused as too fast', async () => {
    const { team, origin, phoneCode } = await f.open();
    for (let i = 0; i < 20; i++) await postJoin(origin, { code: 'ZZZZZZ', name: 'Gæt' });
    expect(await postJoin(origin, { code: team.codes.referent, name: 'Mette' })).toEqual({
      status: 429,
      body: { error: 'too-fast' },
    });
    // The same address's phone is refused too: one limit for both.
    const phone = await PhoneClient.connect(origin, { code: phoneCode });
    await phone.closed;
    expect(phone.closedReason()).toBe('too-fast');
  });

  it('counts the team devices per role beside the phones, connected or not', async () => {
    const { team, origin, phoneCode } = await f.open();
    const none = { connected: 0, away: 0 };
    expect(f.phones.stats().team).toEqual({ referent: none, cofacilitator: none, projector: none });
    const { phone } = await joinAs(origin, phoneCode, 'p1');
    const referent = await joinTeam(origin, team, 'referent', PEOPLE[3]!.name);
    await joinTeam(origin, team, 'cofacilitator', PEOPLE[4]!.name);
    const wall = await joinTeam(origin, team, 'projector', 'Mødelokale 2, Rådhuset');
    const one = { connected: 1, away: 0 };
    await expect
      .poll(() => f.phones.stats())
      .toMatchObject({ phones: 1, team: { referent: one, cofacilitator: one, projector: one } });
    // The referent's laptop drops off: still a referent, kept for its return, but not connected.
    referent.client.close();
    await expect.poll(() => f.phones.stats().team.referent).toEqual({ connected: 0, away: 1 });
    // An ended device is no device at all; the phone is counted as before.
    await f.phones.handlers.endTeamDevice({ deviceId: wall.deviceId });
    expect(f.phones.stats()).toMatchObject({ phones: 1, team: { projector: none } });
    phone.close();
  });

  it('ends a device the facilitator ends: its socket closes, its token is dead at once', async () => {
    const { team, origin } = await f.open();
    const { client, token, deviceId } = await joinTeam(origin, team, 'cofacilitator', 'Jonas Bech');
    await expect.poll(() => lastTeam()?.devices[0]?.connected).toBe(true);
    const after = await f.phones.handlers.endTeamDevice({ deviceId });
    expect(after.devices).toEqual([]);
    expect(await client.closed).toEqual({ code: TEAM_CLOSE.ended, reason: 'ended' });
    expect(f.host.left).toContain(deviceId);
    const again = await TeamClient.connect(origin, token);
    expect((await again.closed).code).toBe(TEAM_CLOSE.ended);
    expect(again.messages).toEqual([]);
  });

  it('refuses an unknown token, a phone token on the team socket, a team token on the phone socket', async () => {
    const { team, origin, phoneCode } = await f.open();
    const unknown = await TeamClient.connect(origin, 'x'.repeat(32));
    expect((await unknown.closed).code).toBe(TEAM_CLOSE.ended);

    const { phone, token: phoneToken } = await joinAs(origin, phoneCode, 'p1');
    const phoneOnTeam = await TeamClient.connect(origin, phoneToken);
    expect((await phoneOnTeam.closed).code).toBe(TEAM_CLOSE.ended);
    expect(phoneOnTeam.messages).toEqual([]);
    phone.close();

    const { token: teamToken } = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const teamOnPhone = await PhoneClient.connect(origin, { token: teamToken });
    await teamOnPhone.closed;
    expect(teamOnPhone.closedReason()).toBe('bad-token');
    expect(teamOnPhone.views()).toEqual([]);
  });

  it('refuses a team socket from another origin, and one without a token', async () => {
    const { team, origin } = await f.open();
    const { client, token } = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    await expect(TeamClient.connect(origin, token, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(TeamClient.connect(origin, token, 'null')).rejects.toThrow(/403/);
    const bare = new WebSocket(`${origin.replace(/^http/, 'ws')}/team/ws`, { origin });
    await expect(
      new Promise((resolve, reject) => {
        bare.once('open', resolve);
        bare.once('error', reject);
      }),
    ).rejects.toThrow(/400/);
    // None of them took over the device's own socket.
    expect((await client.request('getState')).ok).toBe(true);
  });

  it('answers an oversized or flooding device with a refusal, and the workshop is untouched', async () => {
    const { team, origin } = await f.open();
    const { client } = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const revision = f.host.revision;
    const huge = await client.request('dispatch', {
      type: 'point.setNotes',
      id: 'pt1',
      notes: CONCLUSIONS.join(' / ').repeat(200),
    });
    expect(huge).toMatchObject({ ok: false, error: { code: 'transport-error' } });
    for (let i = 0; i < 80; i++)
      client.ws.send(JSON.stringify({ id: 1000 + i, name: 'getSession' }));
    await client.until((m) =>
      m.some((x) => 'response' in x && !x.response.ok && /Too many/.test(x.response.error.message)),
    );
    expect(f.host.revision).toBe(revision);
  });

  it('keeps one socket per device: a reload takes over, the old socket is told it was replaced', async () => {
    const { team, origin } = await f.open();
    const { client: first, token } = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const second = await TeamClient.connect(origin, token);
    expect(await first.closed).toEqual({ code: TEAM_CLOSE.replaced, reason: 'replaced' });
    expect((await second.request('getState')).ok).toBe(true);
    expect(lastTeam()?.devices.map((d) => d.connected)).toEqual([true]);
  });

  it('closing joining ends every team device, and their codes and tokens die with it', async () => {
    const { team, origin } = await f.open();
    const referent = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const projector = await joinTeam(origin, team, 'projector', 'Mødelokale 2');
    await f.phones.handlers.closeJoining(undefined);
    for (const device of [referent, projector]) {
      expect(await device.client.closed).toEqual({
        code: TEAM_CLOSE.joiningClosed,
        reason: 'joining-closed',
      });
      expect(f.host.left).toContain(device.deviceId);
    }
    expect(lastTeam()).toMatchObject({ open: false, devices: [], codes: { referent: null } });
    await expect(postJoin(origin, { code: team.codes.referent, name: 'Mette' })).rejects.toThrow(
      /ECONNREFUSED/,
    );

    // Reopened: new codes; the old token is worth nothing.
    const reopened = await f.open();
    expect(reopened.team.codes.referent).not.toBe(team.codes.referent);
    const stale = await TeamClient.connect(reopened.origin, referent.token);
    expect((await stale.closed).code).toBe(TEAM_CLOSE.ended);
  });
});
