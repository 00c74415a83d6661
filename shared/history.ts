import { applyPatches, type Patch } from 'immer';
import './immerPlugins';
import { DomainError } from './errors';
import type { Workshop } from './model/workshop';
import { stepsMeet } from './patchOverlap';
import { rebaseStep, type Rebased } from './rebaseStep';
import { footprintOf, type Footprint, type Seg } from './stepFootprint';
import { FACILITATOR_DEVICE_ID } from './team/roles';
import { isTurnPosition, settleTurns, turnMovedSince } from './turnPosition';

export interface HistoryEntry {
  label: string;
  /** The device that made the change: undo and redo are per device (issue 16). */
  deviceId: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** What it changed, by element id: tells a real conflict from a shifted index. */
  footprint: Footprint;
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
  /**
   * Undone or redone by element id (shared/rebaseStep.ts) at other indexes than recorded: the
   * indexes earlier steps recorded may be stale since, so they are checked against it.
   */
  rebased?: true;
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

export const HISTORY_LIMIT = 500;

export const emptyHistory: History = { log: [], redo: {}, next: 0 };

/** A refused undo or redo: the history without the entry that could not be undone or redone. */
export class UndoConflictError extends DomainError {
  constructor(readonly history: History) {
    super('undo-conflict', 'Someone else has changed this since; it cannot be undone');
  }
}

/**
 * A change by `deviceId` (the facilitator's when left out); a new change drops its redo.
 * `state`, the workshop after it, names the list elements it touched by id, so that two people
 * adding to one list can each undo their own (without it, it is undone by index only).
 */
export function record(
  history: History,
  change: {
    label: string;
    deviceId?: string;
    patches: Patch[];
    inversePatches: Patch[];
    state?: Workshop;
  },
): History {
  if (change.patches.length === 0) return history;
  const deviceId = change.deviceId ?? FACILITATOR_DEVICE_ID;
  const { label, patches, inversePatches } = change; // the state is not kept
  const step: LoggedStep = {
    label,
    deviceId,
    patches,
    inversePatches,
    footprint: footprintOf(patches, inversePatches, change.state),
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
 * entry is dropped, so the next undo reaches the device's earlier change. A later change that
 * only shifted list positions (someone else added to the same list) is no conflict: the undo is
 * made by element id instead, and the patches sent are those of the undo as made.
 */
export function undo(state: Workshop, history: History, deviceId = FACILITATOR_DEVICE_ID): Stepped {
  const index = lastLive(history, deviceId);
  const step = history.log[index];
  if (!step) throw new DomainError('nothing-to-undo', 'Nothing to undo');
  const later = history.log.slice(index + 1).filter((o) => o.status !== 'gone' || o.rebased);
  const rebased = stepAcross(state, step, later, 'undo');
  if (rebased === 'refused') {
    const log = history.log.map((s, i) => (i === index ? { ...s, status: 'kept' as const } : s));
    throw new UndoConflictError(tidy({ ...history, log }));
  }
  const entry = entryOf(step);
  const made = rebased ?? plain(state, entry.inversePatches, entry.patches);
  const undoing: LoggedStep = {
    ...entryMade(entry, made),
    seq: history.next,
    status: 'gone',
    ...(rebased ? { rebased: true as const } : {}),
  };
  // A rebased undo is redone from what it did, on the workshop as it was before it.
  const again: HistoryEntry = rebased
    ? entryMade(entry, { state, patches: made.inversePatches, inversePatches: made.patches })
    : entry;
  const log = history.log.map((s, i) => (i === index ? { ...s, status: 'gone' as const } : s));
  const redoStack = [...(history.redo[deviceId] ?? []), { entry: again, at: undoing.seq }];
  return {
    state: made.state,
    history: tidy({
      log: [...log, undoing],
      redo: withRedo(history.redo, deviceId, redoStack),
      next: history.next + 1,
    }),
    patches: made.patches,
    inversePatches: made.inversePatches,
  };
}

/**
 * Redo this device's latest undone change. Refused (UndoConflictError) when another device has
 * since changed the same data, even if it undid that again: the entry is dropped. Changes since
 * that only shifted list positions are no conflict: the redo is made by element id.
 */
export function redo(state: Workshop, history: History, deviceId = FACILITATOR_DEVICE_ID): Stepped {
  const stack = history.redo[deviceId] ?? [];
  const undone = stack.at(-1);
  if (!undone) throw new DomainError('nothing-to-redo', 'Nothing to redo');
  const rest = withRedo(history.redo, deviceId, stack.slice(0, -1));
  // Its own undos and redos since are undone in turn, unless made by id at other indexes.
  const since = history.log.filter(
    (s) => s.seq > undone.at && (s.deviceId !== deviceId || s.rebased),
  );
  const rebased = stepAcross(state, undone.entry, since, 'redo');
  if (rebased === 'refused') throw new UndoConflictError(tidy({ ...history, redo: rest }));
  const { entry } = undone;
  const made = rebased ?? plain(state, entry.patches, entry.inversePatches);
  const step: LoggedStep = {
    ...(rebased ? entryMade(entry, made) : entry),
    seq: history.next,
    status: 'live',
    ...(rebased ? { rebased: true as const } : {}),
  };
  return {
    state: made.state,
    history: tidy({ log: [...history.log, step], redo: rest, next: history.next + 1 }),
    patches: made.patches,
    inversePatches: made.inversePatches,
  };
}

/**
 * Undo or redo `entry` across the steps since: null to apply its own patches (nothing since
 * meets it), the change made by element id (they only shifted positions), or refused.
 */
function stepAcross(
  state: Workshop,
  entry: HistoryEntry,
  since: readonly LoggedStep[],
  direction: 'undo' | 'redo',
): Rebased | null | 'refused' {
  let shifted = false;
  for (const other of since) {
    const meets = stepsMeet(entry.footprint, other.footprint, isTurnPosition);
    if (meets === 'clash') return 'refused';
    if (meets === 'shifted') shifted = true;
  }
  if (!shifted) return null;
  const replay = entry.footprint.replay;
  // A turn someone else has moved on since stays where it is (shared/turnPosition.ts).
  const others = since.map((s) => s.footprint);
  const leave = (path: readonly Seg[]) => turnMovedSince(path, others);
  return (replay && rebaseStep(state, replay, direction, leave, settleTurns)) ?? 'refused';
}

function plain(state: Workshop, patches: Patch[], inversePatches: Patch[]): Rebased {
  return { state: applyPatches(state, patches), patches, inversePatches };
}

/** The entry for a change as made, with its footprint on the workshop after it. */
function entryMade({ label, deviceId }: HistoryEntry, made: Rebased): HistoryEntry {
  const { patches, inversePatches } = made;
  const footprint = footprintOf(patches, inversePatches, made.state);
  return { label, deviceId, patches, inversePatches, footprint };
}

function lastLive(history: History, deviceId: string): number {
  return history.log.findLastIndex((s) => s.deviceId === deviceId && s.status === 'live');
}

function entryOf({
  label,
  deviceId,
  patches,
  inversePatches,
  footprint,
}: LoggedStep): HistoryEntry {
  return { label, deviceId, patches, inversePatches, footprint };
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
 * Forget what no undo or redo can need: gone steps that no other device's redo crosses (nor,
 * if rebased, any earlier step still open), and the oldest steps past HISTORY_LIMIT (with the
 * redo entries that would cross them).
 */
function tidy(history: History): History {
  const oldestRedo = new Map<string, number>();
  for (const [deviceId, stack] of Object.entries(history.redo)) {
    if (stack[0]) oldestRedo.set(deviceId, stack[0].at);
  }
  const crossedByOthers = (step: LoggedStep) =>
    [...oldestRedo].some(([deviceId, at]) => deviceId !== step.deviceId && at < step.seq);
  // A rebased step matters while an earlier step may still be undone or redone.
  const open = history.log.find((s) => s.status !== 'gone')?.seq ?? Infinity;
  const oldestOpen = Math.min(open, ...[...oldestRedo.values()]);
  let log = history.log.filter(
    (s) => s.status !== 'gone' || crossedByOthers(s) || (s.rebased === true && s.seq > oldestOpen),
  );
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
