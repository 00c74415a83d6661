import type { HostEvent, HostHandlers, HostRequestName } from '../../../shared/api';
import type { DeviceIdentity } from '../../../shared/team/roles';
import type { JoinService } from '../../host/hostTypes';
import { createFakeHost, type FakeHost } from '../fakeHost';

/** Where the fake's document and recent files "live": no team device may ever see these. */
export const FAKE_DOCUMENT_PATH =
  '/Users/mette/Dokumenter/Dialogrum/Direktørforum, Aarhus-klyngen.dialogrum';
export const FAKE_RECENT = ['/Users/mette/Dokumenter/Dialogrum/Sundhedsstyregruppen.dialogrum'];

export type TeamFakeHost = FakeHost & {
  /** Every request that reached the host as a team device, in order. */
  readonly reached: Array<{ deviceId: string; name: HostRequestName }>;
  /** Every deviceLeft call. */
  readonly left: string[];
};

/**
 * The server tests' in-memory host (fakeHost.ts) with a document path, recent files and an
 * opening notice to leak, the real joining service attached, and each team device's handlers
 * noting that they were reached: a test sees that a refused request never got here.
 */
export function createTeamFakeHost(joining: JoinService): TeamFakeHost {
  const host = createFakeHost(Date.now, {
    joining,
    attachJoining: false,
    document: { path: FAKE_DOCUMENT_PATH, name: 'Direktørforum, Aarhus-klyngen' },
    recent: FAKE_RECENT,
    notices: [`Den oprindelige fil er gemt som ${FAKE_DOCUMENT_PATH}.orig`],
  });
  const reached: TeamFakeHost['reached'] = [];
  const left: string[] = [];

  const recorded = (device: DeviceIdentity): HostHandlers => {
    const inner = host.handlersFor(device);
    const out: Record<string, (payload: never) => Promise<unknown>> = {};
    for (const [name, handler] of Object.entries(inner)) {
      out[name] = (payload: never) => {
        reached.push({ deviceId: device.deviceId, name: name as HostRequestName });
        return (handler as (p: never) => Promise<unknown>)(payload);
      };
    }
    return out as unknown as HostHandlers;
  };

  const team: TeamFakeHost = {
    handlers: host.handlers,
    handlersFor: recorded,
    historyOf: (deviceId) => host.historyOf(deviceId),
    deviceLeft(deviceId) {
      left.push(deviceId);
      host.deviceLeft(deviceId);
    },
    emit: (event) => host.emit(event),
    subscribe: (listener) => host.subscribe(listener),
    close: () => host.close(),
    get state() {
      return host.state;
    },
    get revision() {
      return host.revision;
    },
    get settings() {
      return host.settings;
    },
    reached,
    left,
  };
  // The joining service reaches the host through this one, so every team request is noted.
  const broadcast = (event: HostEvent) => host.emit(event);
  joining.attach({ host: team, broadcast });
  return team;
}
