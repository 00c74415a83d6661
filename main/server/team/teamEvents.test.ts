import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostEvent } from '../../../shared/api';
import { CONCLUSIONS, TYPICAL_TEXTS } from '../../../test/fixtures/corpus/sentences';
import { joinAs } from '../phones/phoneTestSupport';
import { FAKE_DOCUMENT_PATH, FAKE_RECENT } from './teamFakeHost';
import { decidingMeeting, joinTeam, startTeamFixture, type TeamFixture } from './teamTestSupport';

let f: TeamFixture;

beforeEach(async () => {
  f = await startTeamFixture();
  await f.dispatch(...decidingMeeting());
});

afterEach(async () => {
  await f.done();
});

/** Everything a device was sent, as text: where a leaked path would show. */
const sent = (messages: unknown[]): string => JSON.stringify(messages);

describe('what a team device is sent', () => {
  it('never a file path: not in the state, the settings, nor their events', async () => {
    const { team, origin } = await f.open();
    const { client } = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const state = await client.request('getState');
    expect(state).toMatchObject({
      ok: true,
      result: { document: { path: '', name: 'Direktørforum, Aarhus-klyngen' } },
    });
    expect(state.ok && state.result).not.toHaveProperty('notices');
    const settings = await client.request('getSettings');
    expect(settings).toMatchObject({ ok: true, result: { recent: [] } });

    // The facilitator starts a new workshop and changes a setting: both reach the referent.
    await f.host.handlers.newDocument(undefined);
    await f.host.handlers.updateSettings({ dotsPerPerson: 5 });
    await client.until(() => client.events().some((e) => e.type === 'settings'));
    const snapshot = client.events().find((e) => e.type === 'snapshot');
    expect(snapshot).toMatchObject({ snapshot: { document: { path: '' } } });
    expect(client.events().find((e) => e.type === 'settings')).toMatchObject({
      settings: { recent: [], dotsPerPerson: 5 },
    });
    // The facilitator's own console does get them (the fake host's document is somewhere).
    expect(sent(f.events)).toContain(FAKE_DOCUMENT_PATH);
    const everything = sent(client.messages);
    expect(everything).not.toContain('/Users/mette');
    for (const file of [FAKE_DOCUMENT_PATH, ...FAKE_RECENT]) expect(everything).not.toContain(file);
  });

  it('never the phones’ or the team panel’s feed, which carry the codes', async () => {
    const { team, origin, phoneCode } = await f.open();
    const { client } = await joinTeam(origin, team, 'cofacilitator', 'Jonas Bech');
    const { phone } = await joinAs(origin, phoneCode, 'p1');
    await f.phones.handlers.renewTeamCode({ role: 'projector' });
    await f.dispatch({ type: 'idea.add', id: 'i1', pointId: 'pt1', text: TYPICAL_TEXTS[3] });
    await client.until(() => client.events().some((e) => e.type === 'patches'));
    const types = new Set(client.events().map((e: HostEvent) => e.type));
    expect(types.has('join')).toBe(false);
    expect(types.has('team')).toBe(false);
    // The console did hear both.
    expect(f.events.some((e) => e.type === 'join')).toBe(true);
    expect(f.events.some((e) => e.type === 'team')).toBe(true);
    const everything = sent(client.messages);
    expect(everything).not.toContain(phoneCode);
    for (const code of Object.values(team.codes)) expect(everything).not.toContain(code);
    phone.close();
  });

  it('patches with its own undo: the facilitator’s change is not the projector’s to undo', async () => {
    const { team, origin } = await f.open();
    const projector = await joinTeam(origin, team, 'projector', 'Mødelokale 2, projektor');
    const referent = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    await f.dispatch({ type: 'conclusion.update', id: 'c1', text: CONCLUSIONS[1] });
    const lastPatch = (events: HostEvent[]) => events.findLast((e) => e.type === 'patches');
    await projector.client.until(() => lastPatch(projector.client.events()) !== undefined);
    expect(lastPatch(f.events)).toMatchObject({ canUndo: true });
    expect(lastPatch(projector.client.events())).toMatchObject({
      canUndo: false,
      patches: [{ path: ['agenda', 0, 'conclusions', 0, 'text'], value: CONCLUSIONS[1] }],
    });

    await referent.client.request('dispatch', {
      type: 'conclusion.add',
      pointId: 'pt1',
      conclusion: { id: 'c2', text: CONCLUSIONS[4] },
    });
    const patchCount = (events: HostEvent[]) => events.filter((e) => e.type === 'patches').length;
    await referent.client.until(() => patchCount(referent.client.events()) === 2);
    await projector.client.until(() => patchCount(projector.client.events()) === 2);
    expect(lastPatch(referent.client.events())).toMatchObject({
      canUndo: true,
      by: { deviceId: referent.deviceId, name: 'Mette Kjærgaard' },
    });
    expect(lastPatch(projector.client.events())).toMatchObject({ canUndo: false });
  });

  it('who is in which field, and clears a device’s presence when it leaves', async () => {
    const { team, origin } = await f.open();
    const referent = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const cofacilitator = await joinTeam(origin, team, 'cofacilitator', 'Jonas Bech');
    expect((await referent.client.request('setPresence', { field: 'conclusion:c1' })).ok).toBe(
      true,
    );
    const presence = () => cofacilitator.client.events().findLast((e) => e.type === 'presence');
    await cofacilitator.client.until(() => presence() !== undefined);
    expect(presence()).toEqual({
      type: 'presence',
      editors: [
        {
          deviceId: referent.deviceId,
          role: 'referent',
          name: 'Mette Kjærgaard',
          field: 'conclusion:c1',
        },
      ],
    });
    referent.client.close();
    await cofacilitator.client.until(
      () =>
        presence()?.type === 'presence' &&
        (presence() as { editors: unknown[] }).editors.length === 0,
    );
    expect(f.host.left).toEqual([referent.deviceId]);
  });
});
