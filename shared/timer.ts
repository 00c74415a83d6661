import { z } from 'zod';
import type { Timer } from './timerClock';

/** A timer as the host checks it (Timer, shared/timerClock.ts, is its zod-free shape). */
export const TimerSchema = z.object({
  startedAt: z.number().nullable(),
  accumulated: z.number().nonnegative(),
  duration: z.number().nonnegative(),
});

// The schema and the zod-free type are one shape: a field added to one and not the other fails
// the typecheck here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof TimerSchema>, Timer> = true;
void sameShape;

/** Reading and changing a timer (shared/timerClock.ts, zod-free). */
export * from './timerClock';
