import type { Draft } from 'immer';
import type { Workshop } from '../../model/workshop';

/**
 * Takes the dots on one idea out of the list one by one: rewriting the whole list would make
 * the change touch every dot, so two people's changes would refuse each other's undo.
 */
export function dropDotsOn(draft: Draft<Workshop>, targetId: string): void {
  for (let i = draft.dots.length - 1; i >= 0; i--) {
    if (draft.dots[i]?.targetId === targetId) draft.dots.splice(i, 1);
  }
}
