import type { Patch } from 'immer';

/**
 * A path whose list positions name the element there by its id, where elements carry one
 * (ideas, actions, conclusions...): immer addresses them by index, and an index goes stale as
 * soon as someone else adds or removes an element before it. `any`: an element of a list the
 * same step also reshaped, so which one cannot be told.
 */
export type Seg = string | number | { id: string } | { any: true };

/** An element a step added to or removed from a list, with where it stood and between whom. */
export interface Placed {
  id: string;
  value: unknown;
  index: number;
  prev: string | null;
  next: string | null;
}

/** Elements a step added to or removed from one list of id-carrying elements. */
export interface ListEdit {
  list: Seg[];
  added: Placed[];
  removed: Placed[];
}

export interface AnchoredPatch {
  patch: Patch;
  path: Seg[];
}

/** How to redo or undo a step by element id instead of by index (shared/rebaseStep.ts). */
export interface Replay {
  edits: ListEdit[];
  /** The other patches, each with its path by id. */
  forward: AnchoredPatch[];
  inverse: AnchoredPatch[];
}

/** What a step changed, by element id where it can be told. */
export interface Footprint {
  /** Values and list elements the step changed. */
  touched: Seg[][];
  /** Lists where the step moved other elements' positions (by adding, removing or moving). */
  shifted: Seg[][];
  /** null: the step cannot be replayed by id (elements moved, or no state to name them by). */
  replay: Replay | null;
}

type Slot = { before?: unknown; after?: unknown };

const idOf = (value: unknown): string | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
};

/** A map key for a path: an array is never an object too, so 1 and '1' cannot collide. */
const keyOf = (path: readonly (string | number)[]) => path.join('\u0001');

function walk(root: unknown, path: readonly (string | number)[]): unknown {
  let at = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/**
 * The footprint of a step from its patches and the workshop after it. Without the workshop,
 * every position stays a bare index: compared as before, and never replayed by id.
 */
export function footprintOf(patches: Patch[], inversePatches: Patch[], after?: unknown): Footprint {
  if (after === undefined) {
    const touched = [...patches, ...inversePatches].map((p) => [...p.path]);
    return { touched, shifted: [], replay: null };
  }
  // Slot changes per list, from immer's array patches: each index is independent (replaced,
  // appended or cut off at the end), so before/after per index describes the whole change.
  const lists = new Map<string, { path: (string | number)[]; slots: Map<number, Slot> }>();
  const slotOf = (p: Patch) => {
    const last = p.path.at(-1);
    if (typeof last !== 'number') return undefined;
    const path = p.path.slice(0, -1);
    const key = keyOf(path);
    const list = lists.get(key) ?? { path, slots: new Map<number, Slot>() };
    lists.set(key, list);
    const slot = list.slots.get(last) ?? {};
    list.slots.set(last, slot);
    return slot;
  };
  for (const p of patches) {
    const slot = slotOf(p);
    if (slot && p.op !== 'remove') slot.after = p.value;
  }
  for (const p of inversePatches) {
    const slot = slotOf(p);
    if (slot && p.op !== 'remove') slot.before = p.value;
  }
  const isIdList = (slots: Map<number, Slot>) =>
    [...slots.values()].every(
      (s) => (s.before === undefined || idOf(s.before)) && (s.after === undefined || idOf(s.after)),
    );
  const reshaped = new Set([...lists].filter(([, l]) => isIdList(l.slots)).map(([k]) => k));
  let replayable = ![...patches, ...inversePatches].some((p) => p.path.includes('length'));

  const touched: Seg[][] = [];
  const inPlace = new Set<string>(); // the same element replaced whole, at the same index
  const changes = [...reshaped].map((key) => {
    const { path, slots } = lists.get(key)!;
    return { path, ...listEdit(slots, walk(after, path), inPlace, key) };
  });
  const anchor = (path: readonly (string | number)[]): Seg[] =>
    path.map((key, j) => {
      if (typeof key !== 'number') return key;
      const list = keyOf(path.slice(0, j));
      const last = j === path.length - 1;
      if (last && lists.has(list) && !reshaped.has(list)) return key; // a list without ids
      const id = idOf(walk(after, path.slice(0, j + 1)));
      if (reshaped.has(list) && !(last && inPlace.has(`${list}#${key}`))) {
        replayable = false; // inside a list this step also reshaped: which element is unknown
        return { any: true };
      }
      return id === undefined ? key : { id };
    });
  const shifted: Seg[][] = [];
  const edits: ListEdit[] = [];
  for (const change of changes) {
    const list = anchor(change.path);
    for (const id of change.changed) touched.push([...list, { id }]);
    if (change.moved) replayable = false;
    if (change.moved || change.added.length > 0 || change.removed.length > 0) {
      shifted.push(list);
      edits.push({ list, added: change.added, removed: change.removed });
    }
  }
  const isEdit = (p: Patch) => {
    const last = p.path.at(-1);
    const key = keyOf(p.path.slice(0, -1));
    return typeof last === 'number' && reshaped.has(key) && !inPlace.has(`${key}#${last}`);
  };
  const anchored = (list: Patch[]) =>
    list.filter((p) => !isEdit(p)).map((patch) => ({ patch, path: anchor(patch.path) }));
  const forward = anchored(patches);
  const inverse = anchored(inversePatches);
  for (const { path } of [...forward, ...inverse]) touched.push(path);
  return { touched, shifted, replay: replayable ? { edits, forward, inverse } : null };
}

/**
 * One list's change by id: what came, what went (each with its neighbours, to put it back
 * beside them), which elements were replaced whole, and whether the rest changed order.
 */
function listEdit(slots: Map<number, Slot>, afterList: unknown, inPlace: Set<string>, key: string) {
  const afterItems = Array.isArray(afterList) ? afterList : [];
  const beforeIds = new Map<number, string>();
  const afterIds = new Map<number, string>();
  let grown = 0;
  for (const [index, slot] of slots) {
    const [b, a] = [idOf(slot.before), idOf(slot.after)];
    if (b !== undefined) beforeIds.set(index, b);
    if (a !== undefined) afterIds.set(index, a);
    grown += (a !== undefined ? 1 : 0) - (b !== undefined ? 1 : 0);
  }
  // Slots no patch names hold the same element before and after.
  const beforeLength = afterItems.length - grown;
  const beforeAt = (i: number) =>
    i < 0 || i >= beforeLength ? null : (beforeIds.get(i) ?? idOf(afterItems[i]) ?? null);
  const afterAt = (i: number) => idOf(afterItems[i]) ?? null;
  const afterSet = new Set(afterIds.values());
  const stayed = new Set([...beforeIds.values()].filter((id) => afterSet.has(id)));
  const added: Placed[] = [];
  const removed: Placed[] = [];
  const changed: string[] = [];
  for (const [index, id] of afterIds) {
    if (stayed.has(id)) continue;
    const prev = afterAt(index - 1);
    added.push({ id, value: slots.get(index)!.after, index, prev, next: afterAt(index + 1) });
    changed.push(id);
  }
  for (const [index, id] of beforeIds) {
    if (beforeIds.get(index) === afterIds.get(index)) {
      inPlace.add(`${key}#${index}`);
      changed.push(id);
    }
    if (stayed.has(id)) continue;
    const place = { index, prev: beforeAt(index - 1), next: beforeAt(index + 1) };
    removed.push({ id, value: slots.get(index)!.before, ...place });
    changed.push(id);
  }
  // Elements that only shifted keep their order. One element moved (a point dragged up the
  // agenda) is that element going and coming: the others only shifted, and the step can be
  // undone by id. Any other reordering touches them all.
  const order = (ids: Map<number, string>) =>
    [...ids].sort(([a], [b]) => a - b).flatMap(([, id]) => (stayed.has(id) ? [id] : []));
  const [was, now] = [order(beforeIds), order(afterIds)];
  let moved = was.join('\n') !== now.join('\n');
  const one = moved ? movedOne(was, now) : null;
  if (one !== null) {
    const from = [...beforeIds].find(([, id]) => id === one)![0];
    const to = [...afterIds].find(([, id]) => id === one)![0];
    const going = { prev: beforeAt(from - 1), next: beforeAt(from + 1) };
    removed.push({ id: one, value: slots.get(from)!.before, index: from, ...going });
    const coming = { prev: afterAt(to - 1), next: afterAt(to + 1) };
    added.push({ id: one, value: slots.get(to)!.after, index: to, ...coming });
    changed.push(one);
    moved = false;
  }
  if (moved) changed.push(...stayed);
  removed.sort((a, b) => a.index - b.index);
  added.sort((a, b) => a.index - b.index);
  return { added, removed, changed, moved };
}

/** The one element whose move alone turns `was` into `now` (it ends up at an end of the range). */
function movedOne(was: readonly string[], now: readonly string[]): string | null {
  const without = (list: readonly string[], id: string) => list.filter((x) => x !== id).join('\n');
  const candidates = new Set([was[0], was.at(-1), now[0], now.at(-1)]);
  for (const id of candidates) {
    if (id !== undefined && without(was, id) === without(now, id)) return id;
  }
  return null;
}
