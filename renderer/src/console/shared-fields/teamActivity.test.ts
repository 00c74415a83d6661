import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../../../test/fixtures/corpus/sentences';
import type { Editor } from '../../../../shared/team/contract';
import { FakeTeamClient } from './fakeTeamClient';
import { FACILITATOR_DEVICE_ID } from '../../../../shared/team/roles';
import { authorOfChange, createTeamActivity } from './teamActivity';

const ANETTE = PEOPLE[2]!.name; // Anette Schouv Kjeldsen, the referent here
const ANNEMARIE = PEOPLE[3]!.name; // Annemarie Zacho-Broe, the co-facilitator
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const editor = (deviceId: string, name: string, field: string | null): Editor => ({
  deviceId,
  role: deviceId === 'facilitator' ? 'facilitator' : 'cofacilitator',
  name,
  field,
});

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
});

describe('who changed a field, as this screen names them', () => {
  const anette = { deviceId: 'dev-anette', name: ANETTE };
  const annemarie = { deviceId: 'dev-annemarie', name: ANNEMARIE };

  it('a device by its name, the facilitator without one, this screen as itself', () => {
    expect(authorOfChange({ by: annemarie }, 'dev-anette')).toEqual({
      kind: 'device',
      name: ANNEMARIE,
    });
    expect(authorOfChange({ by: undefined }, 'dev-anette')).toEqual({ kind: 'facilitator' });
    expect(authorOfChange({ by: anette }, 'dev-anette')).toEqual({ kind: 'self' });
    expect(authorOfChange(null, 'dev-anette')).toEqual({ kind: 'unknown' });
  });

  it('on the facilitator’s own console a change without `by` is its own', () => {
    expect(authorOfChange({ by: undefined }, FACILITATOR_DEVICE_ID)).toEqual({ kind: 'self' });
  });

  it('on a referent’s screen the facilitator’s change is the facilitator’s, even one that came before getSession answered', async () => {
    const client = new FakeTeamClient({ deviceId: 'dev-anette', role: 'referent', name: ANETTE });
    const activity = createTeamActivity(client);
    const change = { by: undefined }; // arrived first; who this screen is comes after
    await flush();
    expect(authorOfChange(change, activity.ownDeviceId())).toEqual({ kind: 'facilitator' });
  });
});
