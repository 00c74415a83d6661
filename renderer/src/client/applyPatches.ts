import type { Patch } from 'immer';

type Container = Record<string | number, unknown>;

/** A patch's place named by the ids of the list items on it: `agenda/<pointId>/notes`. */
export type NamedPath = (string | number)[];

/** A list item's id, which names it where its index would shift. */
function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function fail(patch: Patch, why: string): never {
  throw new Error(`Patch ${patch.op} ${patch.path.join('/')} does not apply: ${why}`);
}

/**
 * The host's immer patches applied to the renderer's copy of the workshop, copying only the
 * objects and arrays on the patched paths: everything else keeps its identity, so memoised views
 * skip it. immer's own applyPatches does the same through drafts, finalising and freezing, which
 * at 2,000 ideas cost several milliseconds a change in Chromium. `base` is never modified. Like
 * immer's, it throws when a patch does not fit, and the store then fetches the whole state.
 * `touched`, if given, hears each patch's place with list items named by id (NamedPath), as the
 * lists stood when that patch applied: who changed a field is kept by that name (issue 16).
 */
export function applyPatchesShallow<T>(
  base: T,
  patches: readonly Patch[],
  touched?: (path: NamedPath) => void,
): T {
  // Containers copied in this call: a second patch on the same path does not copy them again.
  const own = new Set<unknown>();
  const writable = (value: unknown, patch: Patch): Container => {
    if (value === null || typeof value !== 'object') fail(patch, 'no such object');
    if (own.has(value)) return value as Container;
    const copy = Array.isArray(value) ? value.slice() : { ...(value as Container) };
    own.add(copy);
    return copy as Container;
  };
  let root: unknown = base;
  for (const patch of patches) {
    const { path, op } = patch;
    if (path.some((key) => FORBIDDEN.has(String(key)))) fail(patch, 'forbidden key');
    if (path.length === 0) {
      if (op !== 'replace') fail(patch, 'only a replace can change the whole state');
      root = patch.value;
      touched?.([]);
      continue;
    }
    root = writable(root, patch);
    let parent = root as Container;
    const named: NamedPath | null = touched ? [] : null;
    for (const key of path.slice(0, -1)) {
      const original = parent[key];
      named?.push((Array.isArray(parent) && idOf(original)) || key);
      const child = writable(original, patch);
      parent[key] = child;
      parent = child;
    }
    const key = path[path.length - 1]!;
    const last = named && lastName(parent, key, patch);
    if (named && touched && last !== null) {
      named.push(last);
      touched(named);
    }
    if (Array.isArray(parent)) applyToArray(parent, key, patch);
    else if (op === 'remove') {
      if (!(key in parent)) fail(patch, 'no such key');
      delete parent[key];
    } else parent[key] = patch.value;
  }
  return root as T;
}

/**
 * The last step's name, or null when no item's content changed there. immer tells an insertion or
 * a removal in a list as replaces of each later index by its neighbour, and an add or a remove at
 * the end: those items moved, they did not change. An item replaced by one with its own id did.
 */
function lastName(parent: Container, key: string | number, patch: Patch): string | number | null {
  if (!Array.isArray(parent)) return key;
  const there = idOf(key === '-' ? undefined : parent[Number(key)]);
  const value = patch.op === 'remove' ? undefined : idOf(patch.value);
  if (there === undefined && value === undefined) return key;
  return patch.op === 'replace' && value !== undefined && there === value ? value : null;
}

function applyToArray(array: unknown[], key: string | number, patch: Patch): void {
  if (key === 'length' && patch.op === 'replace') {
    array.length = Number(patch.value);
    return;
  }
  const index = key === '-' ? array.length : Number(key);
  if (!Number.isInteger(index) || index < 0) fail(patch, 'not an index');
  switch (patch.op) {
    case 'add':
      if (index > array.length) fail(patch, 'index beyond the end');
      array.splice(index, 0, patch.value);
      return;
    case 'replace':
      if (index >= array.length) fail(patch, 'index beyond the end');
      array[index] = patch.value;
      return;
    case 'remove':
      if (index >= array.length) fail(patch, 'index beyond the end');
      array.splice(index, 1);
      return;
  }
}
