import { applyPatches, produceWithPatches, type Draft, type Patch } from 'immer';
import './immerPlugins';
import type { Workshop } from './model/workshop';
import type { Placed, Replay, Seg } from './stepFootprint';

export interface Rebased {
  state: Workshop;
  /** immer's patches for the change as made on today's workshop: what every view applies. */
  patches: Patch[];
  inversePatches: Patch[];
}

type Key = string | number;

const idOf = (value: unknown): string | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
};

/** A path by id turned into today's indexes; null when an element it names is gone. */
function resolve(root: unknown, path: readonly Seg[]): Key[] | null {
  const keys: Key[] = [];
  let at = root;
  for (const seg of path) {
    let key: Key;
    if (typeof seg !== 'object') key = seg;
    else if (!('id' in seg) || !Array.isArray(at)) return null;
    else {
      key = at.findIndex((item) => idOf(item) === seg.id);
      if (key < 0) return null;
    }
    keys.push(key);
    at = step(at, key);
  }
  return keys;
}

/**
 * Where an element goes back: after the element that stood before it, else before the one
 * that stood after it, else at its old index (or the end, if the list is shorter now). So an
 * idea comes back among its neighbours, whatever others added or removed elsewhere meanwhile.
 */
function placeOf(ids: readonly (string | undefined)[], placed: Placed): number {
  const prev = placed.prev === null ? -1 : ids.indexOf(placed.prev);
  if (prev >= 0) return prev + 1;
  const next = placed.next === null ? -1 : ids.indexOf(placed.next);
  if (next >= 0) return next;
  return Math.min(placed.index, ids.length);
}

/**
 * Undo or redo a step on today's workshop by element id, not by the indexes it was recorded
 * at: what it added is taken out where it is now, what it removed is put back beside its old
 * neighbours, and changes inside an element follow that element. Others' elements keep their
 * content; only their positions may move by one. Values `leave` names stay as they are now
 * (a turn someone has moved on since); `settle` then mends what follows from the rest (the
 * count of passes in a row). null when it cannot be done safely: an element it names
 * is gone, or one it would put back is there already.
 */
export function rebaseStep(
  state: Workshop,
  replay: Replay,
  direction: 'undo' | 'redo',
  leave: (path: readonly Seg[]) => boolean = () => false,
  settle: (draft: Draft<Workshop>) => void = () => undefined,
): Rebased | null {
  const ops: Patch[] = [];
  // Changes inside elements and to plain values first: they never touch the lists edited below.
  for (const { patch, path } of direction === 'undo' ? replay.inverse : replay.forward) {
    if (leave(path)) continue;
    const keys = resolve(state, path);
    if (!keys) return null;
    ops.push({ ...patch, path: keys });
  }
  for (const edit of replay.edits) {
    const listPath = resolve(state, edit.list);
    const list: unknown = listPath && listPath.reduce<unknown>(step, state);
    if (!listPath || !Array.isArray(list)) return null;
    const ids = list.map(idOf);
    const [goes, comes] =
      direction === 'undo' ? [edit.added, edit.removed] : [edit.removed, edit.added];
    for (const { id } of goes) {
      const at = ids.indexOf(id);
      if (at < 0) return null;
      ids.splice(at, 1);
      ops.push({ op: 'remove', path: [...listPath, at] });
    }
    for (const placed of comes) {
      if (ids.includes(placed.id)) return null;
      const at = placeOf(ids, placed);
      ids.splice(at, 0, placed.id);
      ops.push({ op: 'add', path: [...listPath, at], value: placed.value });
    }
  }
  try {
    const [next, patches, inversePatches] = produceWithPatches(state, (draft) => {
      applyPatches(draft, ops);
      settle(draft);
    });
    return { state: next, patches, inversePatches };
  } catch {
    return null; // a path that no longer fits: refuse rather than guess
  }
}

function step(at: unknown, key: Key): unknown {
  return typeof at === 'object' && at !== null ? (at as Record<Key, unknown>)[key] : undefined;
}
