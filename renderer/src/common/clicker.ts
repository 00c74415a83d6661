import type { ClickerAction } from '../../../shared/settings';

/**
 * What next / previous mean right now. Handlers registered later are asked first, so a room tool
 * with turns or steps can take PageDown while it is on screen and hand it back by returning
 * false (or by unregistering). The default handler (useRoomClicker) moves the room.
 */
export type ClickerHandler = (action: 'next' | 'previous') => boolean;

const handlers: ClickerHandler[] = [];

/** Returns the unregister function. */
export function registerClickerHandler(handler: ClickerHandler): () => void {
  handlers.push(handler);
  return () => {
    const at = handlers.lastIndexOf(handler);
    if (at >= 0) handlers.splice(at, 1);
  };
}

/** Ask the handlers, newest first; true when one of them acted. */
export function runClicker(action: 'next' | 'previous'): boolean {
  for (let i = handlers.length - 1; i >= 0; i--) {
    if (handlers[i]?.(action)) return true;
  }
  return false;
}

export function isStepAction(action: ClickerAction): action is 'next' | 'previous' {
  return action === 'next' || action === 'previous';
}
