/**
 * What a timer reads against a clock, as plain functions: no zod here, so the pages import them
 * without the schemas (shared/timer.ts holds TimerSchema, checked against Timer, and re-exports
 * these).
 */

/**
 * A timer is data read against a clock, never a count of ticks: it survives a restart,
 * a sleeping laptop and a busy renderer. All values are milliseconds; `startedAt` is epoch ms.
 */
export interface Timer {
  startedAt: number | null;
  accumulated: number;
  duration: number;
}

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

/** Back to the start: nothing elapsed, at `durationMs`; a running timer runs on from there. */
export function reset(timer: Timer, durationMs: number, now: number): Timer {
  return {
    startedAt: timer.startedAt === null ? null : now,
    accumulated: 0,
    duration: Math.max(0, durationMs),
  };
}

export type TimerPhase = 'normal' | 'amber' | 'red' | 'overrun';

export interface TimerStatus {
  /** Never below zero; what a countdown shows. */
  remainingMs: number;
  /** How far past the end; 0 until then. */
  overrunMs: number;
  phase: TimerPhase;
  running: boolean;
}

/** Amber when this share of the duration or less is left. */
export const AMBER_SHARE = 0.2;
/** How long "the end" shows as red 0:00 before it counts the overrun up. */
export const RED_MS = 1_000;

/**
 * What a display shows: amber with 20 % or less left, red at the end (0:00), then the overrun
 * counting up. A pure function of the timer and the clock, so every screen agrees.
 */
export function timerStatus(timer: Timer, now: number): TimerStatus {
  const left = remaining(timer, now);
  const overrunMs = Math.max(0, -left);
  let phase: TimerPhase = 'normal';
  if (left <= 0) phase = overrunMs < RED_MS ? 'red' : 'overrun';
  else if (left <= timer.duration * AMBER_SHARE) phase = 'amber';
  return { remainingMs: Math.max(0, left), overrunMs, phase, running: isRunning(timer) };
}
