import { z } from 'zod';

/**
 * A timer is data read against a clock, never a count of ticks: it survives a restart,
 * a sleeping laptop and a busy renderer. All values are milliseconds; `startedAt` is epoch ms.
 */
export const TimerSchema = z.object({
  startedAt: z.number().nullable(),
  accumulated: z.number().nonnegative(),
  duration: z.number().nonnegative(),
});
export type Timer = z.infer<typeof TimerSchema>;

export function newTimer(durationMs: number): Timer {
  return { startedAt: null, accumulated: 0, duration: durationMs };
}

export function isRunning(timer: Timer): boolean {
  return timer.startedAt !== null;
}

export function elapsed(timer: Timer, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return timer.accumulated + running;
}

/** Time left; negative once the timer has run over. */
export function remaining(timer: Timer, now: number): number {
  return timer.duration - elapsed(timer, now);
}

export function start(timer: Timer, now: number): Timer {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer;
}

export function pause(timer: Timer, now: number): Timer {
  return timer.startedAt === null
    ? timer
    : { ...timer, startedAt: null, accumulated: elapsed(timer, now) };
}

export function extend(timer: Timer, byMs: number): Timer {
  return { ...timer, duration: Math.max(0, timer.duration + byMs) };
}
