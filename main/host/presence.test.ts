import { describe, expect, it } from 'vitest';
import type { HostEvent } from '../../shared/api';
import { FACILITATOR, type DeviceIdentity } from '../../shared/team/roles';
import { useTempDirs } from '../platform/testing/tempDirs';
import { fakeClock, hostHarness } from './testing/hostHarness';

const tempDir = useTempDirs();

const REFERENT: DeviceIdentity = {
  deviceId: 'dev-ref-Xq81',
  role: 'referent',
  name: 'Hanne Linnemann',
};
const COFACILITATOR: DeviceIdentity = {
  deviceId: 'dev-cof-p03L',
  role: 'cofacilitator',
  name: 'Annemarie Zacho-Broe',
};

const presenceEvents = (events: HostEvent[]) =>
  events.flatMap((e) => (e.type === 'presence' ? [e.editors] : []));

async function started() {
  return hostHarness(tempDir(), fakeClock().now).start();
}

describe('who is in which field', () => {
  it('tells every screen who is in a field, only when it changes', async () => {
    const { host, events } = await started();
    const referent = host.handlersFor(REFERENT);
    const cofacilitator = host.handlersFor(COFACILITATOR);

    await referent.setPresence({ field: 'conclusion:f2-k1' });
    await referent.setPresence({ field: 'conclusion:f2-k1' }); // the same again: no event
    await host.handlers.setPresence({ field: 'notes:f2' });
    await cofacilitator.setPresence({ field: null }); // in no field before or after: no event
    expect(presenceEvents(events)).toEqual([
      [{ ...REFERENT, field: 'conclusion:f2-k1' }],
      [
        { ...REFERENT, field: 'conclusion:f2-k1' },
        { ...FACILITATOR, field: 'notes:f2' },
      ],
    ]);

    // A screen that connects now asks, and gets the same.
    expect(await cofacilitator.getPresence(undefined)).toEqual(presenceEvents(events).at(-1));

    await referent.setPresence({ field: null });
    expect(presenceEvents(events).at(-1)).toEqual([{ ...FACILITATOR, field: 'notes:f2' }]);
    await host.close();
  });

  it('clears a device that has gone, and says so only if it was in a field', async () => {
    const { host, events } = await started();
    await host.handlersFor(COFACILITATOR).setPresence({ field: 'action:f2-a1:what' });
    host.deviceLeft(REFERENT.deviceId);
    expect(presenceEvents(events)).toHaveLength(1);
    host.deviceLeft(COFACILITATOR.deviceId);
    expect(presenceEvents(events)).toEqual([
      [{ ...COFACILITATOR, field: 'action:f2-a1:what' }],
      [],
    ]);
    await host.close();
  });

  it('answers each screen who it is', async () => {
    const { host } = await started();
    expect(await host.handlers.getSession(undefined)).toEqual({
      deviceId: 'facilitator',
      role: 'facilitator',
      name: '',
    });
    expect(await host.handlersFor(REFERENT).getSession(undefined)).toEqual(REFERENT);
    // Everything else answers as for the facilitator: the team server checks the role before.
    const referent = host.handlersFor(REFERENT);
    expect(await referent.getState(undefined)).toEqual(await host.handlers.getState(undefined));
    await host.close();
  });
});
