import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostEvent, StateSnapshot } from '../../../shared/api';
import { TEAM_CLOSE, type TeamState } from '../../../shared/team/contract';
import { CONCLUSIONS, PEOPLE } from '../../../test/fixtures/corpus/sentences';
import {
  developingMeeting,
  startPhonesFixture,
  type PhonesFixture,
} from '../phones/phoneTestSupport';
import { joinTeam } from './teamTestSupport';

let f: PhonesFixture;

beforeEach(async () => {
  f = await startPhonesFixture();
  await f.dispatch(...developingMeeting(), {
    type: 'conclusion.add',
    pointId: 'pt1',
    conclusion: { id: 'c1', text: CONCLUSIONS[6] },
  });
});

afterEach(async () => {
  await f.done();
});

const consoleEvents = (): HostEvent[] => f.console.events();

/** The real host and the console's own socket, with a referent beside the facilitator. */
describe('a referent beside the facilitator, on the real host', () => {
  it('joins from the console’s codes, writes a conclusion, undoes only their own', async () => {
    const { origin } = await f.open();
    const teamResponse = await f.console.request('getTeamState');
    expect(teamResponse.response.ok).toBe(true);
    const team = (teamResponse.response as { result: TeamState }).result;
    expect(team.urls.referent).toBe(`${origin}/console?code=${team.codes.referent}`);

    const referent = await joinTeam(origin, team, 'referent', PEOPLE[3]!.name);
    await f.console.until(() =>
      consoleEvents().some((e) => e.type === 'team' && e.team.devices.some((d) => d.connected)),
    );
    const state = await referent.client.request('getState');
    expect(state.ok && (state.result as StateSnapshot).document.path).toBe('');
    const own = await f.console.request('getState');
    expect((own.response as { result: StateSnapshot }).result.document.path).toMatch(
      /\.dialogrum$/,
    );

    expect(
      (
        await referent.client.request('dispatch', {
          type: 'conclusion.add',
          pointId: 'pt1',
          conclusion: { id: 'c2', text: CONCLUSIONS[5] },
        })
      ).ok,
    ).toBe(true);
    await f.console.until(() =>
      consoleEvents().some((e) => e.type === 'patches' && e.by?.deviceId === referent.deviceId),
    );
    const mine = referent.client.events().findLast((e) => e.type === 'patches');
    expect(mine).toMatchObject({ canUndo: true });

    // The facilitator changes the first conclusion; the referent's undo takes back only theirs.
    await f.console.request('dispatch', {
      type: 'conclusion.update',
      id: 'c1',
      text: CONCLUSIONS[7],
    });
    expect((await referent.client.request('undo')).ok).toBe(true);
    const { workshop } = await f.host.handlers.getState(undefined);
    expect(workshop.agenda[0]!.conclusions.map((c) => c.text)).toEqual([CONCLUSIONS[7]]);

    // A referent may not close joining; the facilitator may, and the referent is told.
    expect((await referent.client.request('closeJoining')).ok).toBe(false);
    expect(f.phones.origin).toBe(origin);
    await f.console.request('closeJoining');
    expect((await referent.client.closed).code).toBe(TEAM_CLOSE.joiningClosed);
  });

  it('a refused undo tells the referent at once that nothing is left to undo', async () => {
    const { origin } = await f.open();
    const team = (await f.host.handlers.getTeamState(undefined)) as TeamState;
    const referent = await joinTeam(origin, team, 'referent', PEOPLE[3]!.name);
    // The referent's one change, then the facilitator rewrites the same conclusion.
    await referent.client.request('dispatch', {
      type: 'conclusion.update',
      id: 'c1',
      text: CONCLUSIONS[5],
    });
    await f.console.request('dispatch', {
      type: 'conclusion.update',
      id: 'c1',
      text: CONCLUSIONS[7],
    });
    await referent.client.until(() =>
      referent.client.events().some((e) => e.type === 'patches' && e.canUndo),
    );
    const refused = await referent.client.request('undo');
    expect(refused).toMatchObject({ ok: false, error: { code: 'undo-conflict' } });
    const { revision, workshop } = await f.host.handlers.getState(undefined);
    expect(workshop.agenda[0]!.conclusions.map((c) => c.text)).toEqual([CONCLUSIONS[7]]);

    // Its own flags, not the facilitator's: the Undo button can go grey without another change.
    await referent.client.until(() => referent.client.events().some((e) => e.type === 'history'));
    expect(referent.client.events().findLast((e) => e.type === 'history')).toEqual({
      type: 'history',
      revision,
      canUndo: false,
      canRedo: false,
    });
    await f.console.until(() => consoleEvents().some((e) => e.type === 'history'));
    expect(consoleEvents().findLast((e) => e.type === 'history')).toMatchObject({
      revision,
      canUndo: true,
    });
  });
});
