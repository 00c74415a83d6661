import type { Footprint, Seg } from './stepFootprint';

/** An array position: immer addresses array elements by index (and, for some changes, length). */
const isPosition = (key: Seg | undefined) => typeof key === 'number' || key === 'length';

const isId = (key: Seg | undefined): key is { id: string } =>
  typeof key === 'object' && 'id' in key;

/**
 * Two keys at the same depth: the same thing, apart, or a clash (they may be the same element,
 * or one moves the other's position).
 */
function compareKeys(a: Seg, b: Seg, bothLast: boolean): 'same' | 'apart' | 'clash' {
  if (typeof a === 'object' || typeof b === 'object') {
    if (isId(a) && isId(b)) return a.id === b.id ? 'same' : 'apart';
    return 'clash'; // an element that cannot be named, or an id against a bare index
  }
  if (a === b) return 'same';
  if (!isPosition(a) || !isPosition(b)) return 'apart';
  if (a === 'length' || b === 'length') return 'clash';
  return bothLast ? 'clash' : 'apart';
}

/**
 * Whether two changes at these paths may touch the same data, so that undoing one could undo
 * or break the other. Conservative on purpose: a false "yes" only refuses an undo, a false "no"
 * loses work.
 * - one path is a prefix of the other (the same value, or one inside the other);
 * - both end in the same array at a bare index: an element added, removed or shifted there
 *   moves the indexes the other one's patches address;
 * - one changes an array's length: every element of that array may move.
 * Elements named by id (shared/stepFootprint.ts) are the same only when the ids are.
 */
export function pathsOverlap(a: readonly Seg[], b: readonly Seg[]): boolean {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const keys = compareKeys(a[i]!, b[i]!, i === a.length - 1 && i === b.length - 1);
    if (keys === 'apart') return false;
    if (keys === 'clash') return true;
  }
  return true;
}

/** Whether `path` may lead into an element of `list`. */
function leadsInto(list: readonly Seg[], path: readonly Seg[]): boolean {
  if (path.length <= list.length) return false;
  return list.every((key, i) => compareKeys(key, path[i]!, false) !== 'apart');
}

/**
 * How two steps meet. `clash`: they change the same data, so undoing one would undo or break
 * the other. `shifted`: they only move each other's list positions (one added or removed an
 * element, the other changed another element of that list): undoing one by element id leaves
 * the other whole; so do values both change where `movesOn` says an undo by id leaves them as
 * they are now (a point's turn: shared/turnPosition.ts). `apart`: neither affects the other.
 */
export function stepsMeet(
  a: Footprint,
  b: Footprint,
  movesOn: (path: readonly Seg[]) => boolean = () => false,
): 'apart' | 'shifted' | 'clash' {
  let shifted = false;
  for (const mine of a.touched) {
    for (const theirs of b.touched) {
      if (!pathsOverlap(mine, theirs)) continue;
      if (!movesOn(mine) || !movesOn(theirs)) return 'clash';
      shifted = true;
    }
  }
  for (const [mover, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const list of mover.shifted) {
      for (const path of other.touched) {
        if (!leadsInto(list, path)) continue;
        if (!isId(path[list.length])) return 'clash'; // addressed by a bare index that moved
        shifted = true;
      }
    }
  }
  return shifted ? 'shifted' : 'apart';
}
