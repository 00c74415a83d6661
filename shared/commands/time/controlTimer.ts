import { z } from 'zod';
import { DomainError } from '../../errors';
import { TimerTargetSchema } from '../../programme/timerTargets';
import { pause, reset, start, type Timer } from '../../timer';
import { defineCommand } from '../defineCommand';
import { resolveTimer } from './resolveTimer';

export const TimerActionSchema = z.enum(['start', 'pause', 'resume', 'reset']);
export type TimerAction = z.infer<typeof TimerActionSchema>;

const same = (a: Timer, b: Timer) =>
  a.startedAt === b.startedAt && a.accumulated === b.accumulated && a.duration === b.duration;

/**
 * Start, pause, resume or reset a timer. Starting a running timer or pausing a paused one
 * changes nothing (a double click from two screens is harmless). Reset goes back to the
 * planned length, dropping extensions; a running timer runs on from there.
 */
export const controlTimer = defineCommand(
  'timer.control',
  { target: TimerTargetSchema, action: TimerActionSchema },
  (draft, { target, action }, ctx) => {
    const resolved = resolveTimer(draft, target);
    const { timer } = resolved;
    let next: Timer;
    switch (action) {
      case 'start':
      case 'resume':
        if (timer.startedAt === null && resolved.cannotRun !== null) {
          throw new DomainError('invalid-command', resolved.cannotRun);
        }
        next = start(timer, ctx.now);
        break;
      case 'pause':
        next = pause(timer, ctx.now);
        break;
      case 'reset':
        next = reset(timer, resolved.plannedMs, ctx.now);
        break;
    }
    if (!same(timer, next)) resolved.write({ ...next });
  },
);
