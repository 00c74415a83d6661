import { z } from 'zod';
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

const ChimeSettingSchema = z.object({ on: z.boolean(), volume: z.number().min(0).max(1) });
export type ChimeSetting = z.infer<typeof ChimeSettingSchema>;

/** Off unless the settings say otherwise (read leniently: an older host has no such key). */
export function readChimeSetting(settings: object | null): ChimeSetting {
  const raw: unknown = settings && 'chime' in settings ? settings.chime : undefined;
  const parsed = ChimeSettingSchema.safeParse(raw);
  return parsed.success ? parsed.data : { on: false, volume: 0 };
}

/** Plays the chime; a browser that refuses (no user gesture yet) stays silent, never throws. */
export function playChime(volume: number): void {
  if (volume <= 0) return;
  const audio = new Audio(chimeUrl);
  audio.volume = Math.min(1, volume);
  audio.play().catch(() => undefined);
}
