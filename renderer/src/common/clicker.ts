import type { ClickerAction } from '../../../shared/settings';

/**
 * What next / previous mean right now. Handlers registered later are asked first, so a room tool
 * with turns or steps can take PageDown while it is on screen and hand it back by returning
 * false (or by unregistering). The default handler (useRoomClicker) moves the room.
 */
export type ClickerHandler = (action: 'next' | 'previous') => boolean;

const handlers: ClickerHandler[] = [];
/**
 * Asked before all others: the projector's pages. While the projected view has a page left in
 * the direction pressed, the clicker turns it; on the last (or first) page the key keeps its
 * usual meaning (a turn, a step, the next room).
 */
const firstHandlers: ClickerHandler[] = [];

function register(list: ClickerHandler[], handler: ClickerHandler): () => void {
  list.push(handler);
  return () => {
    const at = list.lastIndexOf(handler);
    if (at >= 0) list.splice(at, 1);
  };
}

/** Returns the unregister function. */
export function registerClickerHandler(handler: ClickerHandler): () => void {
  return register(handlers, handler);
}

/** A handler asked before every ordinary one (see firstHandlers). */
export function registerFirstClickerHandler(handler: ClickerHandler): () => void {
  return register(firstHandlers, handler);
}

/** Ask the handlers, newest first; true when one of them acted. */
export function runClicker(action: 'next' | 'previous'): boolean {
  for (const list of [firstHandlers, handlers]) {
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]?.(action)) return true;
    }
  }
  return false;
}

export function isStepAction(action: ClickerAction): action is 'next' | 'previous' {
  return action === 'next' || action === 'previous';
}
