import type { Patch } from 'immer';
import type { DocumentInfo, HostEvent, HostHandlers, StateSnapshot } from '../../shared/api';
import { DomainError } from '../../shared/errors';
import {
  canRedo,
  canUndo,
  emptyHistory,
  record,
  redo,
  undo,
  UndoConflictError,
  type History,
} from '../../shared/history';
import { emptyWorkshop, type Workshop } from '../../shared/model/workshop';
import { reduce } from '../../shared/reducer';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import type { Host, JoinService } from '../host/hostTypes';
import { PresenceBoard } from '../host/presence';
import { FACILITATOR, type DeviceIdentity } from '../../shared/team/roles';
import { noJoining } from './phones/joinService';

export interface FakeHostOptions {
  /** Joining, its requests in the host's; without one, it never opens. */
  joining?: JoinService;
  /**
   * Attached to this host as createHost attaches it, unless false: a wrapper of this host
   * attaches it to itself, so the service reaches the host through the wrapper.
   */
  attachJoining?: boolean;
  /** Where the document "lives", the recent files and the notices on opening it. */
  document?: DocumentInfo;
  recent?: string[];
  notices?: string[];
}

export type FakeHost = Host & {
  readonly state: Workshop;
  readonly revision: number;
  readonly settings: Settings;
  /** An event to every subscriber, as the host's own broadcast (a joining service's, say). */
  emit(event: HostEvent): void;
};

/**
 * An in-memory Host for the server's own tests: the real reducer and history, no disk. It lets
 * the transport be tested apart from the persistence layer.
 */
export function createFakeHost(
  clock: () => number = () => Date.now(),
  options: FakeHostOptions = {},
): FakeHost {
  let workshop = emptyWorkshop('fake');
  let history: History = emptyHistory;
  let revision = 0;
  const recent = options.recent ?? [];
  let settings: Settings = { ...DEFAULT_SETTINGS, recent };
  const listeners = new Set<(event: HostEvent) => void>();
  const presence = new PresenceBoard();
  const joining = options.joining ?? noJoining;
  const document = options.document ?? { path: '/fake/workshop.dialogrum', name: 'workshop' };

  const emit = (event: HostEvent): void => {
    for (const listener of listeners) listener(event);
  };
  const historyOf = (deviceId: string) => ({
    canUndo: canUndo(history, deviceId),
    canRedo: canRedo(history, deviceId),
  });
  const snapshot = (): StateSnapshot => ({
    revision,
    workshop,
    ...historyOf(FACILITATOR.deviceId),
    document,
    savedAt: null,
    ...(options.notices ? { notices: options.notices } : {}),
  });
  const applied = (patches: Patch[], device: DeviceIdentity): { revision: number } => {
    revision += 1;
    const { deviceId, name } = device;
    emit({
      type: 'patches',
      revision,
      patches,
      ...historyOf(FACILITATOR.deviceId),
      savedAt: null,
      ...(deviceId === FACILITATOR.deviceId ? {} : { by: { deviceId, name } }),
    });
    return { revision };
  };
  const stepBy = (device: DeviceIdentity, step: typeof undo) => {
    try {
      const stepped = step(workshop, history, device.deviceId);
      ({ state: workshop, history } = stepped);
      return applied(stepped.patches, device);
    } catch (error) {
      if (error instanceof UndoConflictError) {
        history = error.history; // the entry is dropped, and the screens are told what is left
        emit({ type: 'history', revision, ...historyOf(FACILITATOR.deviceId) });
      }
      throw error;
    }
  };
  // As the real host: each device's changes, undo and redo, and presence are its own.
  const perDevice = (device: DeviceIdentity) =>
    ({
      dispatch: async (command) => {
        const result = reduce(workshop, command, { now: clock() });
        workshop = result.state;
        history = record(history, { label: command.type, deviceId: device.deviceId, ...result });
        return applied(result.patches, device);
      },
      undo: async () => stepBy(device, undo),
      redo: async () => stepBy(device, redo),
      getSession: async () => ({ deviceId: device.deviceId, role: device.role, name: device.name }),
      setPresence: async ({ field }) => {
        if (presence.set(device, field)) emit({ type: 'presence', editors: presence.editors() });
        return null;
      },
    }) satisfies Partial<HostHandlers>;

  const handlers: HostHandlers = {
    getState: async () => snapshot(),
    getPresence: async () => presence.editors(),
    ...perDevice(FACILITATOR),
    newDocument: async () => {
      workshop = emptyWorkshop('fake-new');
      history = emptyHistory;
      revision += 1;
      emit({ type: 'snapshot', snapshot: snapshot() });
      return snapshot();
    },
    openDocument: async () => {
      throw new DomainError('not-found', 'The fake host has no files');
    },
    saveDocumentAs: async () => {
      throw new DomainError('not-found', 'The fake host has no files');
    },
    listDocuments: async () => ({
      recent: recent.map((path) => ({ path, name: 'workshop' })),
      available: [],
    }),
    newMeetingInSeries: async () => {
      throw new DomainError('not-found', 'The fake host has no files');
    },
    getSettings: async () => settings,
    updateSettings: async (patch) => {
      settings = { ...settings, ...patch };
      emit({ type: 'settings', settings });
      return settings;
    },
    ...joining.handlers,
  };

  const host: FakeHost = {
    emit,
    handlers,
    handlersFor: (device) => ({ ...handlers, ...perDevice(device) }),
    historyOf,
    deviceLeft: (deviceId) => {
      if (presence.leave(deviceId)) emit({ type: 'presence', editors: presence.editors() });
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
  };
  if (options.attachJoining !== false) joining.attach({ host, broadcast: emit });
  return host;
}
