import { applyPatches, type Patch } from 'immer';
import type { HostEvent, HostHandlers, HostRequestName, StateSnapshot } from '../../../shared/api';
import type { Editor } from '../../../shared/team/contract';
import { FACILITATOR, type DeviceIdentity } from '../../../shared/team/roles';
import { emptyWorkshop, type Workshop } from '../../../shared/model/workshop';
import { reduce } from '../../../shared/reducer';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import type { Host, JoinService } from '../../host/hostTypes';

/** Where the fake's document and recent files "live": no team device may ever see these. */
export const FAKE_DOCUMENT_PATH =
  '/Users/mette/Dokumenter/Dialogrum/Direktørforum, Aarhus-klyngen.dialogrum';
export const FAKE_RECENT = ['/Users/mette/Dokumenter/Dialogrum/Sundhedsstyregruppen.dialogrum'];

interface Step {
  patches: Patch[];
  inversePatches: Patch[];
}

export type TeamFakeHost = Host & {
  readonly state: Workshop;
  readonly revision: number;
  readonly settings: Settings;
  /** Every request that reached the host as a team device, in order. */
  readonly reached: Array<{ deviceId: string; name: HostRequestName }>;
  /** Every deviceLeft call. */
  readonly left: string[];
};

/**
 * A Host for the team server's tests, in memory, with what issue 16 adds: handlers per device
 * (each records that it was reached, so a test sees that a refused request never got here), undo
 * per device, presence, and a document path and recent files to leak. Joining is the real
 * service given, attached as createHost attaches it.
 */
export function createTeamFakeHost(joining: JoinService): TeamFakeHost {
  let workshop = emptyWorkshop('team-fake');
  let revision = 0;
  let settings: Settings = { ...DEFAULT_SETTINGS, recent: FAKE_RECENT };
  const undo = new Map<string, Step[]>();
  const editors = new Map<string, Editor>();
  const listeners = new Set<(event: HostEvent) => void>();
  const reached: TeamFakeHost['reached'] = [];
  const left: string[] = [];

  const emit = (event: HostEvent): void => {
    for (const listener of listeners) listener(event);
  };
  const historyOf = (deviceId: string) => ({
    canUndo: (undo.get(deviceId)?.length ?? 0) > 0,
    canRedo: false,
  });
  const snapshot = (deviceId: string): StateSnapshot => ({
    revision,
    workshop,
    ...historyOf(deviceId),
    document: { path: FAKE_DOCUMENT_PATH, name: 'Direktørforum, Aarhus-klyngen' },
    savedAt: null,
    notices: [`Den oprindelige fil er gemt som ${FAKE_DOCUMENT_PATH}.orig`],
  });
  const applied = (device: DeviceIdentity, patches: Patch[]): { revision: number } => {
    revision += 1;
    emit({
      type: 'patches',
      revision,
      patches,
      ...historyOf(FACILITATOR.deviceId),
      savedAt: null,
      ...(device.role === 'facilitator'
        ? {}
        : { by: { deviceId: device.deviceId, name: device.name } }),
    });
    return { revision };
  };
  const refuse = async (): Promise<never> => {
    throw new Error('The fake host has no files');
  };

  const handlersFor = (device: DeviceIdentity): HostHandlers => ({
    getState: async () => snapshot(device.deviceId),
    dispatch: async (command) => {
      const result = reduce(workshop, command, { now: Date.now() });
      workshop = result.state;
      const steps = undo.get(device.deviceId) ?? [];
      undo.set(device.deviceId, [...steps, result]);
      return applied(device, result.patches);
    },
    undo: async () => {
      const steps = undo.get(device.deviceId) ?? [];
      const last = steps.at(-1);
      if (!last) throw new Error('Nothing to undo');
      undo.set(device.deviceId, steps.slice(0, -1));
      workshop = applyPatches(workshop, last.inversePatches);
      return applied(device, last.inversePatches);
    },
    redo: async () => ({ revision }),
    newDocument: async () => {
      workshop = emptyWorkshop('team-fake-new');
      revision += 1;
      emit({ type: 'snapshot', snapshot: snapshot(FACILITATOR.deviceId) });
      return snapshot(device.deviceId);
    },
    openDocument: refuse,
    saveDocumentAs: refuse,
    newMeetingInSeries: refuse,
    listDocuments: async () => ({
      recent: FAKE_RECENT.map((path) => ({ path, name: 'Sundhedsstyregruppen' })),
      available: [],
    }),
    getSettings: async () => settings,
    updateSettings: async (patch) => {
      settings = { ...settings, ...patch };
      emit({ type: 'settings', settings });
      return settings;
    },
    getSession: async () => device,
    getPresence: async () => [...editors.values()],
    setPresence: async ({ field }) => {
      editors.set(device.deviceId, { ...device, field });
      emit({ type: 'presence', editors: [...editors.values()] });
      return null;
    },
    ...joining.handlers,
  });

  /** Each team device's handlers note that they were reached before they answer. */
  const recorded = (device: DeviceIdentity): HostHandlers => {
    const inner = handlersFor(device);
    const out: Record<string, (payload: never) => Promise<unknown>> = {};
    for (const [name, handler] of Object.entries(inner)) {
      out[name] = (payload: never) => {
        reached.push({ deviceId: device.deviceId, name: name as HostRequestName });
        return (handler as (p: never) => Promise<unknown>)(payload);
      };
    }
    return out as unknown as HostHandlers;
  };

  const host: TeamFakeHost = {
    handlers: handlersFor(FACILITATOR),
    handlersFor: recorded,
    historyOf,
    deviceLeft(deviceId) {
      left.push(deviceId);
      if (editors.delete(deviceId)) emit({ type: 'presence', editors: [...editors.values()] });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close: async () => {
      await joining.close();
      listeners.clear();
    },
    get state() {
      return workshop;
    },
    get revision() {
      return revision;
    },
    get settings() {
      return settings;
    },
    reached,
    left,
  };
  joining.attach({ host, broadcast: emit });
  return host;
}
