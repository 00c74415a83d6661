import type { Patch } from 'immer';

type Path = Patch['path'];

/** An array position: immer addresses array elements by index (and, for some changes, length). */
const isPosition = (key: string | number | undefined) =>
  typeof key === 'number' || key === 'length';

/**
 * Whether two changes may touch the same data, so that undoing one could undo or break the
 * other. Conservative on purpose: a false "yes" only refuses an undo, a false "no" loses work.
 * - one path is a prefix of the other (the same value, or one inside the other);
 * - both end in the same array, at any position: an element added, removed or shifted there
 *   moves the indexes the other one's patches address;
 * - one changes an array's length: every element of that array may move.
 */
export function pathsOverlap(a: Path, b: Path): boolean {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    if (a[i] === b[i]) continue;
    if (!isPosition(a[i]) || !isPosition(b[i])) return false;
    if (a[i] === 'length' || b[i] === 'length') return true;
    return i === a.length - 1 && i === b.length - 1;
  }
  return true;
}

/** Every path a change touches, from its patches and their inverses. */
export function touchedPaths(change: { patches: Patch[]; inversePatches: Patch[] }): Path[] {
  return [...change.patches, ...change.inversePatches].map((patch) => patch.path);
}

/** Whether two changes touch overlapping data (see pathsOverlap). */
export function changesOverlap(
  a: { patches: Patch[]; inversePatches: Patch[] },
  b: { patches: Patch[]; inversePatches: Patch[] },
): boolean {
  const theirs = touchedPaths(b);
  return touchedPaths(a).some((mine) => theirs.some((path) => pathsOverlap(mine, path)));
}
