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

/** Reading and changing a timer (shared/timerClock.ts, zod-free). */
export * from './timerClock';
