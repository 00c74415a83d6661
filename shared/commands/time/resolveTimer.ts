import type { Draft } from 'immer';
import { DomainError } from '../../errors';
import { findPoint } from '../../model/lookup';
import type { Workshop } from '../../model/workshop';
import { currentTurnTimer, type TimerTarget } from '../../programme/timerTargets';
import type { Timer } from '../../timer';
import { findExercise, runningStep } from '../exercises/findExercise';

/** A target's timer inside a command: its state, its planned length, and how to store it back. */
export interface ResolvedTimer {
  timer: Timer;
  /** What a reset returns to: the plan, without extensions. */
  plannedMs: number;
  /** Why it may not run now; null when it may. */
  cannotRun: string | null;
  write: (timer: Timer) => void;
}

export function resolveTimer(draft: Draft<Workshop>, target: TimerTarget): ResolvedTimer {
  if (target.kind === 'exercise') {
    const { exercise } = findExercise(draft, target.exerciseId);
    const step = runningStep(exercise);
    return {
      timer: step.timer,
      plannedMs: Math.round(step.minutes * 60_000),
      cannotRun: null,
      write: (t) => {
        step.timer = t;
      },
    };
  }
  const point = findPoint(draft, target.pointId);
  const inactive = point.status === 'active' ? null : 'The agenda point is not running';
  switch (target.kind) {
    case 'point':
      return {
        timer: point.timer,
        plannedMs: point.plannedMinutes * 60_000,
        cannotRun: inactive,
        write: (t) => {
          point.timer = t;
        },
      };
    case 'room': {
      const { room } = target;
      const timer = point.roomTimers[room];
      const budget = point.roomBudgets[room];
      if (!timer || budget === undefined) {
        throw new DomainError('not-found', 'That room has no time budget on this point', { room });
      }
      const here = point.roomIndex !== null && point.roomPlan[point.roomIndex] === room;
      return {
        timer,
        plannedMs: budget * 60_000,
        cannotRun: inactive ?? (here ? null : 'The group is not in that room'),
        write: (t) => {
          point.roomTimers[room] = t;
        },
      };
    }
    case 'speaker': {
      const now = currentTurnTimer(point);
      const perTurnMs = point.turnTimer?.perTurnMs;
      if (!now || perTurnMs === undefined) {
        throw new DomainError('invalid-command', 'No one has a timed turn on this point');
      }
      return {
        timer: now.timer,
        plannedMs: perTurnMs,
        cannotRun: inactive,
        write: (t) => {
          const { holder, turn, after } = now;
          point.turnTimer = { perTurnMs, holder, turn, after, timer: { ...t } };
        },
      };
    }
  }
}
