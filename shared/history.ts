import { applyPatches, enablePatches, type Patch } from 'immer';
import { DomainError } from './errors';
import type { Workshop } from './model/workshop';

export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
}

/** Linear undo/redo over patches. Immutable: each operation returns a new history. */
export interface History {
  undo: readonly HistoryEntry[];
  redo: readonly HistoryEntry[];
}

enablePatches();

export const HISTORY_LIMIT = 500;

export const emptyHistory: History = { undo: [], redo: [] };

export function record(history: History, entry: HistoryEntry): History {
  if (entry.patches.length === 0) return history;
  return { undo: [...history.undo, entry].slice(-HISTORY_LIMIT), redo: [] };
}

export interface Stepped {
  state: Workshop;
  history: History;
  /** Patches to send to every view: the same shape as a command's. */
  patches: Patch[];
  inversePatches: Patch[];
}

export function undo(state: Workshop, history: History): Stepped {
  const entry = history.undo.at(-1);
  if (!entry) throw new DomainError('nothing-to-undo', 'Nothing to undo');
  return {
    state: applyPatches(state, entry.inversePatches),
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, entry] },
    patches: entry.inversePatches,
    inversePatches: entry.patches,
  };
}

export function redo(state: Workshop, history: History): Stepped {
  const entry = history.redo.at(-1);
  if (!entry) throw new DomainError('nothing-to-redo', 'Nothing to redo');
  return {
    state: applyPatches(state, entry.patches),
    history: { undo: [...history.undo, entry], redo: history.redo.slice(0, -1) },
    patches: entry.patches,
    inversePatches: entry.inversePatches,
  };
}
