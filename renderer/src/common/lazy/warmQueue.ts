/** Runs `work` when the page is idle; the browser's requestIdleCallback, or a timer where none. */
export type IdleScheduler = (work: () => void) => void;

export interface WarmQueue {
  /** A loader to run once warming has started: at once in idle time if it already has. */
  add: (load: () => Promise<unknown>) => void;
  /** Starts warming: each loader in its own idle slice, one after the other. */
  start: () => void;
}

/**
 * Loads the code that is not on the first screen, in idle time after it: one loader per idle
 * slice, so typing and the clock never wait for a parse. A loader that fails (the server gone)
 * is left to its part, which loads it again when opened. `onDone` runs whenever the queue
 * empties after warming has started.
 */
export function createWarmQueue(schedule: IdleScheduler, onDone: () => void = () => {}): WarmQueue {
  const waiting: Array<() => Promise<unknown>> = [];
  let started = false;
  let running = false;

  function next(): void {
    const load = waiting.shift();
    if (!load) {
      running = false;
      onDone();
      return;
    }
    running = true;
    schedule(() => {
      load().then(next, next);
    });
  }

  return {
    add(load) {
      waiting.push(load);
      if (started && !running) next();
    },
    start() {
      if (started) return;
      started = true;
      next();
    },
  };
}

/** requestIdleCallback with a deadline, so a page that is never idle still warms. */
export const browserIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 3000 });
  else setTimeout(work, 50);
};
