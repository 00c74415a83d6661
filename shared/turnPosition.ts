import type { Draft } from 'immer';
import { passesAtEnd } from './model/turnFlow';
import type { Workshop } from './model/workshop';
import { pathsOverlap } from './patchOverlap';
import type { Footprint, Seg } from './stepFootprint';

/**
 * Where a point's turn stands (shared/model/turns.ts): whose it is, and the round. Not the count
 * of passes in a row: it must match the log's passes, or the turns would end a pass early, so
 * two people's passes still refuse each other's undo.
 */
const POSITION = new Set<Seg>(['index', 'round']);

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

/**
 * After an undo or redo by id: each point's count of passes in a row is again the one its log
 * ends with. An idea's undo puts back the count its idea had broken, though another's idea
 * has broken it since.
 */
export function settleTurns(draft: Draft<Workshop>): void {
  for (const { turns } of draft.agenda) {
    if (!turns || turns.ended) continue;
    const passes = passesAtEnd(turns.log);
    if (turns.passesInARow !== passes) turns.passesInARow = passes;
  }
}
