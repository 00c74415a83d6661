import type { Patch } from 'immer';
import type { HostEvent, HostHandlers, StateSnapshot } from '../../shared/api';
import { DomainError } from '../../shared/errors';
import { emptyHistory, record, redo, undo, type History } from '../../shared/history';
import { emptyWorkshop, type Workshop } from '../../shared/model/workshop';
import { reduce } from '../../shared/reducer';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import type { Host } from '../host/hostTypes';
import { noJoining } from './phones/joinService';

/**
 * An in-memory Host for the server's own tests: the real reducer and history, no disk. It lets
 * the transport be tested apart from the persistence layer.
 */
export function createFakeHost(clock: () => number = () => Date.now()): Host & {
  readonly state: Workshop;
  readonly revision: number;
} {
  let workshop = emptyWorkshop('fake');
  let history: History = emptyHistory;
  let revision = 0;
  let settings: Settings = DEFAULT_SETTINGS;
  const listeners = new Set<(event: HostEvent) => void>();
  const document = { path: '/fake/workshop.dialogrum', name: 'workshop' };

  const emit = (event: HostEvent): void => {
    for (const listener of listeners) listener(event);
  };
  const snapshot = (): StateSnapshot => ({
    revision,
    workshop,
    canUndo: history.undo.length > 0,
    canRedo: history.redo.length > 0,
    document,
    savedAt: null,
  });
  const applied = (patches: Patch[]): { revision: number } => {
    revision += 1;
    emit({
      type: 'patches',
      revision,
      patches,
      canUndo: history.undo.length > 0,
      canRedo: history.redo.length > 0,
      savedAt: null,
    });
    return { revision };
  };

  const handlers: HostHandlers = {
    getState: async () => snapshot(),
    dispatch: async (command) => {
      const result = reduce(workshop, command, { now: clock() });
      workshop = result.state;
      history = record(history, { label: command.type, ...result });
      return applied(result.patches);
    },
    undo: async () => {
      const stepped = undo(workshop, history);
      ({ state: workshop, history } = stepped);
      return applied(stepped.patches);
    },
    redo: async () => {
      const stepped = redo(workshop, history);
      ({ state: workshop, history } = stepped);
      return applied(stepped.patches);
    },
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
    listDocuments: async () => ({ recent: [], available: [] }),
    newMeetingInSeries: async () => {
      throw new DomainError('not-found', 'The fake host has no files');
    },
    getSettings: async () => settings,
    updateSettings: async (patch) => {
      settings = { ...settings, ...patch };
      emit({ type: 'settings', settings });
      return settings;
    },
    ...noJoining.handlers,
  };

  return {
    handlers,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close: async () => {
      listeners.clear();
    },
    get state() {
      return workshop;
    },
    get revision() {
      return revision;
    },
  };
}
