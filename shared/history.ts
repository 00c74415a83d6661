import { applyPatches, enablePatches, type Patch } from 'immer';
import { DomainError } from './errors';
import type { Workshop } from './model/workshop';
import { changesOverlap } from './patchOverlap';
import { FACILITATOR_DEVICE_ID } from './team/roles';

export interface HistoryEntry {
  label: string;
  /** The device that made the change: undo and redo are per device (issue 16). */
  deviceId: string;
  patches: Patch[];
  inversePatches: Patch[];
}

/**
 * A step in the log. `live`: in the workshop, and its device may undo it. `kept`: in the
 * workshop for good (its undo was refused: someone else changed the same data since). `gone`:
 * undone, or the undoing itself; such a pair leaves the workshop as it was, so only another
 * device's redo across it needs to see it.
 */
export interface LoggedStep extends HistoryEntry {
  seq: number;
  status: 'live' | 'kept' | 'gone';
}

/** What a device undid, to redo; `at` is the seq of the undoing step. */
export interface UndoneEntry {
  entry: HistoryEntry;
  at: number;
}

/**
 * Undo and redo per device over one shared log of patches. Immutable: each operation returns a
 * new history. A device's undo stack is its own live steps in the log, latest last.
 */
export interface History {
  /** Oldest first, at most HISTORY_LIMIT steps. */
  log: readonly LoggedStep[];
  /** Per device id, latest last. */
  redo: Readonly<Record<string, readonly UndoneEntry[]>>;
  /** The seq of the next step. */
  next: number;
}

enablePatches();

export const HISTORY_LIMIT = 500;

export const emptyHistory: History = { log: [], redo: {}, next: 0 };

/** A refused undo or redo: the history without the entry that could not be undone or redone. */
export class UndoConflictError extends DomainError {
  constructor(readonly history: History) {
    super('undo-conflict', 'Someone else has changed this since; it cannot be undone');
  }
}

/** A change by `deviceId` (the facilitator's when left out); a new change drops its redo. */
export function record(
  history: History,
  change: { label: string; deviceId?: string; patches: Patch[]; inversePatches: Patch[] },
): History {
  if (change.patches.length === 0) return history;
  const deviceId = change.deviceId ?? FACILITATOR_DEVICE_ID;
  const { label, patches, inversePatches } = change; // not the rest: a caller may pass the state
  const step: LoggedStep = {
    label,
    deviceId,
    patches,
    inversePatches,
    seq: history.next,
    status: 'live',
  };
  return tidy({
    log: [...history.log, step],
    redo: withRedo(history.redo, deviceId, []),
    next: history.next + 1,
  });
}

export function canUndo(history: History, deviceId = FACILITATOR_DEVICE_ID): boolean {
  return lastLive(history, deviceId) >= 0;
}

export function canRedo(history: History, deviceId = FACILITATOR_DEVICE_ID): boolean {
  return (history.redo[deviceId]?.length ?? 0) > 0;
}

export interface Stepped {
  state: Workshop;
  history: History;
  /** Patches to send to every view: the same shape as a command's. */
  patches: Patch[];
  inversePatches: Patch[];
}

/**
 * Undo this device's latest change still in effect. Refused (UndoConflictError, nothing
 * changes but the history) when a later change still in effect touches the same data: that
 * entry is dropped, so the next undo reaches the device's earlier change.
 */
export function undo(state: Workshop, history: History, deviceId = FACILITATOR_DEVICE_ID): Stepped {
  const index = lastLive(history, deviceId);
  const step = history.log[index];
  if (!step) throw new DomainError('nothing-to-undo', 'Nothing to undo');
  const later = history.log.slice(index + 1).filter((other) => other.status !== 'gone');
  if (later.some((other) => changesOverlap(step, other))) {
    const log = history.log.map((s, i) => (i === index ? { ...s, status: 'kept' as const } : s));
    throw new UndoConflictError(tidy({ ...history, log }));
  }
  const entry = entryOf(step);
  const undoing: LoggedStep = {
    label: entry.label,
    deviceId,
    patches: entry.inversePatches,
    inversePatches: entry.patches,
    seq: history.next,
    status: 'gone',
  };
  const log = history.log.map((s, i) => (i === index ? { ...s, status: 'gone' as const } : s));
  const redoStack = [...(history.redo[deviceId] ?? []), { entry, at: undoing.seq }];
  return {
    state: applyPatches(state, entry.inversePatches),
    history: tidy({
      log: [...log, undoing],
      redo: withRedo(history.redo, deviceId, redoStack),
      next: history.next + 1,
    }),
    patches: entry.inversePatches,
    inversePatches: entry.patches,
  };
}

/**
 * Redo this device's latest undone change. Refused (UndoConflictError) when another device has
 * since changed the same data, even if it undid that again: the entry is dropped.
 */
export function redo(state: Workshop, history: History, deviceId = FACILITATOR_DEVICE_ID): Stepped {
  const stack = history.redo[deviceId] ?? [];
  const undone = stack.at(-1);
  if (!undone) throw new DomainError('nothing-to-redo', 'Nothing to redo');
  const rest = withRedo(history.redo, deviceId, stack.slice(0, -1));
  const since = history.log.filter((s) => s.seq > undone.at && s.deviceId !== deviceId);
  if (since.some((other) => changesOverlap(undone.entry, other))) {
    throw new UndoConflictError(tidy({ ...history, redo: rest }));
  }
  const { entry } = undone;
  const step: LoggedStep = { ...entry, seq: history.next, status: 'live' };
  return {
    state: applyPatches(state, entry.patches),
    history: tidy({ log: [...history.log, step], redo: rest, next: history.next + 1 }),
    patches: entry.patches,
    inversePatches: entry.inversePatches,
  };
}

function lastLive(history: History, deviceId: string): number {
  return history.log.findLastIndex((s) => s.deviceId === deviceId && s.status === 'live');
}

function entryOf({ label, deviceId, patches, inversePatches }: LoggedStep): HistoryEntry {
  return { label, deviceId, patches, inversePatches };
}

function withRedo(
  redoStacks: History['redo'],
  deviceId: string,
  stack: readonly UndoneEntry[],
): History['redo'] {
  if (stack.length === 0 && !(deviceId in redoStacks)) return redoStacks;
  const next = { ...redoStacks };
  if (stack.length === 0) delete next[deviceId];
  else next[deviceId] = stack;
  return next;
}

/**
 * Forget what no undo or redo can need: gone steps that no other device's redo crosses, and
 * the oldest steps past HISTORY_LIMIT (with the redo entries that would cross them).
 */
function tidy(history: History): History {
  const oldestRedo = new Map<string, number>();
  for (const [deviceId, stack] of Object.entries(history.redo)) {
    if (stack[0]) oldestRedo.set(deviceId, stack[0].at);
  }
  const crossedByOthers = (step: LoggedStep) =>
    [...oldestRedo].some(([deviceId, at]) => deviceId !== step.deviceId && at < step.seq);
  let log = history.log.filter((s) => s.status !== 'gone' || crossedByOthers(s));
  if (log.length <= HISTORY_LIMIT) return { ...history, log };
  const forgotten = log[log.length - HISTORY_LIMIT - 1]!.seq;
  log = log.slice(-HISTORY_LIMIT);
  const redo: Record<string, readonly UndoneEntry[]> = {};
  for (const [deviceId, stack] of Object.entries(history.redo)) {
    // A redo must see every other device's step after its undoing.
    const kept = stack.filter((u) => u.at >= forgotten);
    if (kept.length > 0) redo[deviceId] = kept;
  }
  return { log, redo, next: history.next };
}
