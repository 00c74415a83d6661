import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../../../test/fixtures/corpus/sentences';
import type { HostEvent } from '../../../../shared/api';
import type { Editor } from '../../../../shared/team/contract';
import { FakeTeamClient } from './fakeTeamClient';
import { createTeamActivity } from './teamActivity';

const ANETTE = PEOPLE[2]!.name; // Anette Schouv Kjeldsen, the referent here
const ANNEMARIE = PEOPLE[3]!.name; // Annemarie Zacho-Broe, the co-facilitator
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const editor = (deviceId: string, name: string, field: string | null): Editor => ({
  deviceId,
  role: deviceId === 'facilitator' ? 'facilitator' : 'cofacilitator',
  name,
  field,
});

function patches(revision: number, by?: { deviceId: string; name: string }): HostEvent {
  return {
    type: 'patches',
    revision,
    patches: [],
    canUndo: true,
    canRedo: false,
    savedAt: null,
    by,
  };
}

describe('presence in a shared field', () => {
  it('tells the host the field on focus and none on blur', () => {
    const client = new FakeTeamClient(null);
    const activity = createTeamActivity(client);
    activity.enter('conclusion:c1');
    activity.enter('conclusion:c1'); // focus again in the same field: said once
    activity.leave('conclusion:c1');
    expect(client.presence()).toEqual([{ field: 'conclusion:c1' }, { field: null }]);
  });

  it('a late blur of the field left before does not take the cursor out of the new one', () => {
    const client = new FakeTeamClient(null);
    const activity = createTeamActivity(client);
    activity.enter('notes:pt-proposal');
    activity.enter('action:a1:text');
    activity.leave('notes:pt-proposal');
    expect(client.presence()).toEqual([
      { field: 'notes:pt-proposal' },
      { field: 'action:a1:text' },
    ]);
  });

  it('says the field again after a reconnect, when the host has forgotten it', () => {
    const client = new FakeTeamClient(null);
    const activity = createTeamActivity(client);
    activity.enter('point:pt-proposal:problem');
    client.statuses.emit('closed');
    client.statuses.emit('open');
    expect(client.presence()).toEqual([
      { field: 'point:pt-proposal:problem' },
      { field: 'point:pt-proposal:problem' },
    ]);
  });

  it('names the others in a field, never this screen', async () => {
    const client = new FakeTeamClient({ deviceId: 'dev-anette', role: 'referent', name: ANETTE });
    const activity = createTeamActivity(client);
    await flush();
    client.events.emit({
      type: 'presence',
      editors: [
        editor('dev-anette', ANETTE, 'conclusion:c1'),
        editor('facilitator', '', 'conclusion:c1'),
        editor('dev-annemarie', ANNEMARIE, 'notes:pt-proposal'),
      ],
    });
    expect(activity.othersIn('conclusion:c1').map((e) => e.deviceId)).toEqual(['facilitator']);
    expect(activity.othersIn('notes:pt-proposal').map((e) => e.name)).toEqual([ANNEMARIE]);
    expect(activity.othersIn('action:a1:text')).toEqual([]);
  });

  it('knows who is in a field already when it starts, and again after a reconnect', async () => {
    const client = new FakeTeamClient({ deviceId: 'dev-anette', role: 'referent', name: ANETTE }, [
      editor('dev-annemarie', ANNEMARIE, 'conclusion:c1'),
    ]);
    const activity = createTeamActivity(client);
    await flush();
    expect(activity.othersIn('conclusion:c1').map((e) => e.name)).toEqual([ANNEMARIE]);
    client.statuses.emit('closed');
    client.statuses.emit('open');
    expect(client.sent.filter((s) => s.name === 'getPresence')).toHaveLength(2);
  });

  it('knows who made the latest change: a device by its name, the facilitator without one', async () => {
    const client = new FakeTeamClient({ deviceId: 'dev-anette', role: 'referent', name: ANETTE });
    const activity = createTeamActivity(client);
    await flush();
    client.events.emit(patches(1, { deviceId: 'dev-annemarie', name: ANNEMARIE }));
    expect(activity.lastAuthor()).toEqual({ kind: 'device', name: ANNEMARIE });
    client.events.emit(patches(2));
    expect(activity.lastAuthor()).toEqual({ kind: 'facilitator' });
    client.events.emit(patches(3, { deviceId: 'dev-anette', name: ANETTE }));
    expect(activity.lastAuthor()).toEqual({ kind: 'self' });
  });

  it('on the facilitator’s own console a change without `by` is its own', () => {
    const client = new FakeTeamClient(null); // getSession not answered: the facilitator's console
    const activity = createTeamActivity(client);
    client.events.emit(patches(1));
    expect(activity.lastAuthor()).toEqual({ kind: 'self' });
  });
});
