import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostRequestName } from '../../../shared/api';
import { parseCommand, reduce } from '../../../shared/reducer';
import type { TeamRole } from '../../../shared/team/roles';
import type { CommandInput } from '../../../shared/testing/commandCases';
import {
  ACTIONS,
  CONCLUSIONS,
  ORGANISATIONS,
  PEOPLE,
  POINT_TITLES,
  TYPICAL_TEXTS,
} from '../../../test/fixtures/corpus/sentences';
import { joinAs } from '../phones/phoneTestSupport';
import { decidingMeeting, joinTeam, startTeamFixture, type TeamFixture } from './teamTestSupport';

let f: TeamFixture;

beforeEach(async () => {
  f = await startTeamFixture();
  await f.dispatch(...decidingMeeting());
});

afterEach(async () => {
  await f.done();
});

/** What stays on the facilitator's laptop: files, settings, joining, the team panel. */
const FACILITATOR_ONLY: Array<[HostRequestName, unknown]> = [
  ['newDocument', undefined],
  ['openDocument', { path: '/Users/mette/Dokumenter/Dialogrum/Sundhedsstyregruppen.dialogrum' }],
  ['saveDocumentAs', { path: '/tmp/Direktørforum, Aarhus-klyngen – kopi.dialogrum' }],
  ['listDocuments', undefined],
  ['newMeetingInSeries', undefined],
  ['updateSettings', { language: 'en', dotsPerPerson: 9 }],
  ['getJoinState', undefined],
  ['openJoining', undefined],
  ['closeJoining', undefined],
  ['setInputLocked', { locked: true }],
  ['getTeamState', undefined],
  ['renewTeamCode', { role: 'referent' }],
];

/** Commands the workshop would take from the facilitator, which these roles may not send. */
const OUTSIDE_EVERY_TEAM_ROLE: CommandInput[] = [
  {
    type: 'participant.add',
    participant: {
      id: 'p9',
      name: PEOPLE[5]!.name,
      title: '',
      organisation: ORGANISATIONS[2]!,
      present: true,
    },
  },
  {
    type: 'agenda.add',
    point: {
      id: 'pt9',
      title: POINT_TITLES.dataSharing,
      purpose: 'decision',
      plannedMinutes: 20,
      presenter: '',
    },
  },
  { type: 'workshop.update', title: 'Direktørforum for Aarhus-klyngen, ekstraordinært møde' },
  { type: 'participant.remove', id: 'p2' },
];
const OUTSIDE_REFERENT: CommandInput[] = [
  ...OUTSIDE_EVERY_TEAM_ROLE,
  { type: 'room.next' },
  { type: 'timer.control', target: { kind: 'point', pointId: 'pt1' }, action: 'pause' },
  { type: 'point.finish' },
];
const WITHIN_REFERENT: CommandInput[] = [
  { type: 'conclusion.add', pointId: 'pt1', conclusion: { id: 'c7', text: CONCLUSIONS[3] } },
  { type: 'point.setNotes', id: 'pt1', notes: TYPICAL_TEXTS.join(' / ') },
];

const FORBIDDEN: Record<TeamRole, Array<[string, unknown]>> = {
  referent: [
    ...FACILITATOR_ONLY,
    ...OUTSIDE_REFERENT.map((c): [string, unknown] => ['dispatch', c]),
  ],
  cofacilitator: [
    ...FACILITATOR_ONLY,
    ...OUTSIDE_EVERY_TEAM_ROLE.map((c): [string, unknown] => ['dispatch', c]),
  ],
  projector: [
    ...FACILITATOR_ONLY,
    ...[...OUTSIDE_REFERENT, ...WITHIN_REFERENT].map((c): [string, unknown] => ['dispatch', c]),
    ['undo', undefined],
    ['redo', undefined],
    ['setPresence', { field: 'conclusion:c1' }],
    ['noSuchRequest', undefined],
  ],
};

describe('what each team role may ask of the host', () => {
  it.each(['referent', 'cofacilitator', 'projector'] as const)(
    'refuses a %s every request outside its role, and nothing changes',
    async (role) => {
      const { team, origin, phoneCode } = await f.open();
      const { phone } = await joinAs(origin, phoneCode, 'p1');
      const device = await joinTeam(origin, team, role, 'Mette Kjærgaard');
      const before = {
        workshop: f.host.state,
        revision: f.host.revision,
        settings: f.host.settings,
        join: await f.phones.handlers.getJoinState(undefined),
        team: await f.phones.handlers.getTeamState(undefined),
      };
      // Each command would apply if the facilitator sent it: only the role refuses it.
      for (const [name, payload] of FORBIDDEN[role]) {
        if (name === 'dispatch') {
          expect(() =>
            reduce(f.host.state, parseCommand(payload), { now: Date.now() }),
          ).not.toThrow();
        }
      }
      const phoneId = 'phones' in before.join ? before.join.phones[0]?.phoneId : undefined;
      expect(phoneId).toBeDefined();
      const asked = [...FORBIDDEN[role], ['removePhone', { phoneId }]];
      asked.push(['endTeamDevice', { deviceId: device.deviceId }]);
      for (const [name, payload] of asked) {
        const response = await device.client.request(name as string, payload);
        expect(response, `${role} ${String(name)} ${JSON.stringify(payload)}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
      expect(f.host.reached.filter((r) => r.deviceId === device.deviceId)).toEqual([]);
      expect(f.host.state).toBe(before.workshop);
      expect(f.host.revision).toBe(before.revision);
      expect(f.host.settings).toEqual(before.settings);
      expect(await f.phones.handlers.getJoinState(undefined)).toEqual(before.join);
      expect(await f.phones.handlers.getTeamState(undefined)).toEqual(before.team);
      phone.close();
    },
  );

  it('lets a referent write notes, conclusions and actions, and undo only their own', async () => {
    const { team, origin } = await f.open();
    const { client } = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    for (const command of WITHIN_REFERENT) {
      expect((await client.request('dispatch', command)).ok).toBe(true);
    }
    expect(
      (
        await client.request('dispatch', {
          type: 'action.add',
          action: { id: 'a1', pointId: 'pt1', what: ACTIONS[10], ownerIds: ['p2'] },
        })
      ).ok,
    ).toBe(true);
    const point = f.host.state.agenda[0]!;
    expect(point.notes).toBe(TYPICAL_TEXTS.join(' / '));
    expect(point.conclusions.map((c) => c.text)).toEqual([CONCLUSIONS[0], CONCLUSIONS[3]]);
    expect(f.host.state.actions.map((a) => a.what)).toEqual([ACTIONS[10]]);
    // The facilitator's own conclusion stays when the referent undoes theirs.
    expect((await client.request('undo')).ok).toBe(true);
    expect(f.host.state.actions).toEqual([]);
    expect(f.host.state.agenda[0]!.conclusions[0]!.text).toBe(CONCLUSIONS[0]);
  });

  it('lets a co-facilitator move the room, which a referent may not', async () => {
    const { team, origin } = await f.open();
    const cofacilitator = await joinTeam(origin, team, 'cofacilitator', 'Jonas Bech');
    const referent = await joinTeam(origin, team, 'referent', 'Mette Kjærgaard');
    const room = f.host.state.agenda[0]!.roomIndex;
    expect((await referent.client.request('dispatch', { type: 'room.next' })).ok).toBe(false);
    expect(f.host.state.agenda[0]!.roomIndex).toBe(room);
    expect((await cofacilitator.client.request('dispatch', { type: 'room.next' })).ok).toBe(true);
    expect(f.host.state.agenda[0]!.roomIndex).toBe((room ?? 0) + 1);
  });
});
