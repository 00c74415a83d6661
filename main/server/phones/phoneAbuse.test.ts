import { afterEach, describe, expect, it } from 'vitest';
import type { JoinStateWhole } from '../../../shared/phones/protocol';
import { consoleAlive, floodFromOne, idleSockets, joinFlood, rawUpgrade } from './abuseProbes';
import { CAP_REASONS } from './phoneServer';
import {
  developingMeeting,
  heldJoinState,
  joinAs,
  PhoneClient,
  startPhonesFixture,
  type PhonesFixture,
} from './phoneTestSupport';
import { RATE_BURST, RATE_PER_SECOND } from './phoneConnection';

// The probe's attacks, on loopback only; every loop is bounded and stops by itself.
let f: PhonesFixture;

afterEach(async () => {
  await f.done();
});

async function start(limits: Parameters<typeof startPhonesFixture>[0] = {}) {
  f = await startPhonesFixture(limits);
  await f.dispatch(...developingMeeting());
  return f.open();
}

const joinState = async () =>
  ((await f.console.request('getJoinState')).response as { result: JoinStateWhole }).result;

describe('abuse of the phone server', () => {
  it('asks the facilitator about a second join; yes ends the first phone, no refuses', async () => {
    const { origin, code } = await start();
    const first = await joinAs(origin, code, 'p1');
    const second = await PhoneClient.connect(origin, { code });
    expect(await second.request('join', { participantId: 'p1' })).toEqual({
      ok: true,
      result: { waiting: true, participantId: 'p1' },
    });
    // A third phone may not queue behind it.
    const third = await PhoneClient.connect(origin, { code });
    expect(await third.request('join', { participantId: 'p1' })).toMatchObject({
      error: { code: 'asking' },
    });
    const ask = (await joinState()).phones.find((p) => p.asksToReplace !== null)!;
    expect(ask).toMatchObject({ participantId: 'p1', name: 'Navn p1' });
    // Still waiting after the unjoined timeout would have closed an idle socket? Not closed.
    await f.console.request('removePhone', { phoneId: ask.asksToReplace! });
    await first.phone.closed;
    expect(first.phone.closedReason()).toBe('replaced');
    await second.until((m) => m.some((x) => 'joined' in x));
    await second.until(() => second.lastView()?.me.id === 'p1');
    const again = await PhoneClient.connect(origin, { token: first.token });
    await again.closed;
    expect(again.closedReason()).toBe('replaced');
    // And a refusal: a fourth phone asks, the facilitator says no.
    const fourth = await PhoneClient.connect(origin, { code });
    await fourth.request('join', { participantId: 'p1' });
    const ask2 = (await joinState()).phones.find((p) => p.asksToReplace !== null)!;
    await f.console.request('removePhone', { phoneId: ask2.phoneId });
    await fourth.closed;
    expect(fourth.closedReason()).toBe('refused');
    expect((await joinState()).phones).toHaveLength(1);
    expect(await consoleAlive(f, 'second-join')).toBe(true);
  });

  it('refuses a participant marked absent, and lists them as absent', async () => {
    const { origin, code } = await start();
    await f.dispatch({ type: 'participant.update', id: 'p3', changes: { present: false } });
    const phone = await PhoneClient.connect(origin, { code });
    const names = await phone.request('listNames');
    expect(names).toMatchObject({
      result: {
        names: expect.arrayContaining([expect.objectContaining({ id: 'p3', absent: true })]),
      },
    });
    expect(await phone.request('join', { participantId: 'p3' })).toMatchObject({
      error: { code: 'absent' },
    });
    expect((await joinState()).phones).toHaveLength(0);
  });

  it('counts the evaluation once per participant, through rejoins and reopening', async () => {
    const { origin, code } = await start();
    await f.dispatch({ type: 'evaluation.open', formId: 'pataevaers' });
    const answers = { pt9: 4 };
    let phone = await joinAs(origin, code, 'p1');
    expect((await phone.phone.request('submitScores', { formId: 'pataevaers', answers })).ok).toBe(
      true,
    );
    let extra = 0;
    for (let i = 0; i < 10; i++) {
      // Rejoin as the same person (the facilitator says yes), then try again.
      const next = await PhoneClient.connect(origin, { code });
      await next.request('join', { participantId: 'p1' });
      const ask = (await joinState()).phones.find((p) => p.asksToReplace !== null)!;
      await f.console.request('removePhone', { phoneId: ask.asksToReplace! });
      await next.until((m) => m.some((x) => 'joined' in x));
      const r = await next.request('submitScores', { formId: 'pataevaers', answers });
      if (r.ok) extra += 1;
      phone = { phone: next, token: '' };
    }
    phone.phone.close();
    await f.console.request('closeJoining');
    const reopened = await f.open();
    const back = await joinAs(reopened.origin, reopened.code, 'p1');
    const r = await back.phone.request('submitScores', { formId: 'pataevaers', answers });
    expect(r).toMatchObject({ error: { code: 'already-submitted' } });
    expect(extra).toBe(0);
    const { workshop } = await f.host.handlers.getState(undefined);
    expect(JSON.stringify(workshop.evaluation).match(/"pt9":4/g)).toHaveLength(1);
  });

  it('limits one participant on 40 connections as one: sockets capped, rate shared', async () => {
    const { origin, code } = await start();
    await f.dispatch({ type: 'turns.change', pointId: 'pt1', mode: 'free' });
    const { phone, token } = await joinAs(origin, code, 'p1');
    const ms = 2000;
    const flood = await floodFromOne(f, origin, token, 40, ms);
    phone.close();
    expect(flood.connected).toBeLessThanOrEqual(f.phones.limits.socketsPerAddress - 1);
    // One bucket for the person: the burst plus the refill over the run, give or take.
    expect(flood.accepted).toBeLessThanOrEqual(RATE_BURST + RATE_PER_SECOND * (ms / 1000 + 1));
    expect(flood.tooFast).toBeGreaterThan(0);
    expect(await consoleAlive(f, 'flood')).toBe(true);
  });

  it('refuses sockets over the caps, closes idle ones after the timeout', async () => {
    const { port, code } = await start({ limits: { unjoinedMs: 400 } });
    // Closed at 400 ms; a peer that never answers the close is cut off a second later.
    const idle = await idleSockets(f, port, code, 300, 1800);
    expect(idle.opened).toBe(8);
    expect(idle.refused).toBe(292);
    expect(idle.reason).toBe(CAP_REASONS.address);
    expect(idle.alive).toBe(true);
    expect(idle.openAfterWait).toBe(0);
  });

  it('caps phone sockets in all', async () => {
    const { port, code } = await start({ limits: { socketsPerAddress: 100, sockets: 20 } });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await rawUpgrade(port, code)).status);
    expect(statuses.filter((s) => s === 101)).toHaveLength(20);
    const refused = await rawUpgrade(port, code);
    expect([refused.status, refused.reason]).toEqual([503, CAP_REASONS.total]);
  });

  it('keeps the phone list to one per person through 5,000 joins, sent as small changes', async () => {
    const { origin, code } = await start();
    const flood = await joinFlood(f, origin, code, ['p1', 'p2', 'p3', 'nobody'], 5000);
    expect(flood.sent).toBe(5000);
    expect(flood.joined).toBe(3);
    expect(flood.phones).toBeLessThanOrEqual(6); // three phones, and at most one ask each
    expect(flood.consoleJoinBytes).toBeLessThan(50_000);
    expect(await consoleAlive(f, 'joins')).toBe(true);
  }, 70_000);

  it('forgets a phone gone past the grace period; it may come back within it', async () => {
    const { origin, code } = await start({ limits: { goneGraceMs: 300 } });
    const a = await joinAs(origin, code, 'p1');
    a.phone.close();
    await a.phone.closed;
    await new Promise((r) => setTimeout(r, 100));
    const back = await PhoneClient.connect(origin, { token: a.token });
    await back.until(() => back.lastView() !== undefined);
    back.close();
    await back.closed;
    await new Promise((r) => setTimeout(r, 700));
    expect(heldJoinState(f.console.events()).phones).toEqual([]);
    const late = await PhoneClient.connect(origin, { token: a.token });
    await late.closed;
    expect(late.closedReason()).toBe('bad-token');
  });
});
