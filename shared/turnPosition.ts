import { pathsOverlap } from './patchOverlap';
import type { Footprint, Seg } from './stepFootprint';

/** Where a point's turn stands (shared/model/turns.ts): whose it is, the round, passes in a row. */
const POSITION = new Set<Seg>(['index', 'round', 'passesInARow']);

/**
 * Whether a change at `path` moves a point's turn on. Two people capturing ideas in turn both
 * move it, one after the other; undoing one's turn takes out its idea and its turn event by id,
 * but leaves the turn where the other has since moved it (shared/rebaseStep.ts), rather than
 * refusing the undo or handing the turn back past someone who has spoken.
 */
export function isTurnPosition(path: readonly Seg[]): boolean {
  return path.length === 4 && path[0] === 'agenda' && path[2] === 'turns' && POSITION.has(path[3]!);
}

/** Whether `path` is a turn position one of the steps `since` has moved on too. */
export function turnMovedSince(path: readonly Seg[], since: readonly Footprint[]): boolean {
  return isTurnPosition(path) && since.some((o) => o.touched.some((t) => pathsOverlap(path, t)));
}
