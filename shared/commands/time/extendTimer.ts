import { z } from 'zod';
import { TimerTargetSchema } from '../../programme/timerTargets';
import { extend } from '../../timer';
import { defineCommand } from '../defineCommand';
import { resolveTimer } from './resolveTimer';

/**
 * More (or less) time on a timer: +1 and +5 minutes are the usual buttons, any amount works;
 * a negative amount shortens it (never below nothing). The plan is unchanged: planned against
 * actual shows the extension.
 */
export const extendTimer = defineCommand(
  'timer.extend',
  {
    target: TimerTargetSchema,
    minutes: z
      .number()
      .min(-600)
      .max(600)
      .refine((m) => m !== 0, 'Extend by something other than 0 minutes'),
  },
  (draft, { target, minutes }) => {
    const resolved = resolveTimer(draft, target);
    resolved.write(extend({ ...resolved.timer }, Math.round(minutes * 60_000)));
  },
);
