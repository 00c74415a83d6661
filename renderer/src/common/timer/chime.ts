import type { Chime } from '../../../../shared/settings';
import type { TimerStatus } from '../../../../shared/timer';
import chimeUrl from '../../../../resources/sounds/chime.wav';

/** One minute left, or the end. */
export type ChimeMoment = 'minute' | 'end';

const MINUTE_MS = 60_000;

/**
 * Whether the step from one reading to the next crosses a chime: into the last minute (only a
 * timer longer than a minute warns), or onto the end. Readings come once a second, so a crossing
 * is seen once; a timer that jumps (reset, +5 min) backwards crosses nothing.
 */
export function chimeMoment(previous: TimerStatus, next: TimerStatus): ChimeMoment | null {
  if (!next.running) return null;
  if (previous.remainingMs > 0 && next.remainingMs === 0) return 'end';
  if (previous.remainingMs > MINUTE_MS && next.remainingMs <= MINUTE_MS) return 'minute';
  return null;
}

export type ChimeSetting = Chime;

/** Checked by hand, not with ChimeSchema: zod stays out of the pages' first load. */
function isChimeSetting(raw: unknown): raw is ChimeSetting {
  if (typeof raw !== 'object' || raw === null) return false;
  const { on, volume } = raw as Record<string, unknown>;
  return typeof on === 'boolean' && typeof volume === 'number' && volume >= 0 && volume <= 1;
}

/** Off unless the settings say otherwise (read leniently: an older host has no such key). */
export function readChimeSetting(settings: object | null): ChimeSetting {
  const raw: unknown = settings && 'chime' in settings ? settings.chime : undefined;
  return isChimeSetting(raw) ? { on: raw.on, volume: raw.volume } : { on: false, volume: 0 };
}

/** Plays the chime; a browser that refuses (no user gesture yet) stays silent, never throws. */
export function playChime(volume: number): void {
  if (volume <= 0) return;
  const audio = new Audio(chimeUrl);
  audio.volume = Math.min(1, volume);
  audio.play().catch(() => undefined);
}
