import type { Rect } from './projector';
import type { SavedWindow } from './windowState';

/** The slice of BrowserWindow the tracker reads; structural, so tests drive it with the fake. */
export interface TrackedWindow {
  // One overload an event, as Electron's BrowserWindow declares them.
  on(event: 'move', listener: () => void): unknown;
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  removeListener(event: 'move', listener: () => void): unknown;
  removeListener(event: 'resize', listener: () => void): unknown;
  removeListener(event: 'close', listener: () => void): unknown;
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  isMinimized(): boolean;
  isMaximized(): boolean;
  /** The bounds the window has when neither maximised nor full screen. */
  getNormalBounds(): Rect;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A drag sends dozens of move events a second: write once it has settled. */
export const SAVE_DELAY_MS = 500;

/**
 * Saves a window's place after it moved or was resized (debounced) and when it closes. A
 * full-screen or minimised window is not saved: that is where it is shown, not where it lives.
 * Returns the teardown (which writes what is pending).
 */
export function trackWindow(
  window: TrackedWindow,
  save: (state: SavedWindow) => void,
  options: { delayMs?: number; timers?: Timers } = {},
): () => void {
  const timers = options.timers ?? realTimers;
  const delay = options.delayMs ?? SAVE_DELAY_MS;
  let pending: unknown = null;

  const write = (): void => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
    if (window.isDestroyed() || window.isFullScreen() || window.isMinimized()) return;
    save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const schedule = (): void => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = timers.setTimeout(write, delay);
  };

  window.on('move', schedule);
  window.on('resize', schedule);
  window.on('close', write);
  return () => {
    if (pending !== null) write();
    window.removeListener('move', schedule);
    window.removeListener('resize', schedule);
    window.removeListener('close', write);
  };
}
