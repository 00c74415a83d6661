import { z } from 'zod';
import type { Exercise, ExerciseStep } from '../model/exercises';
import { IdSchema } from '../model/ids';
import { turnHolder } from '../model/turnFlow';
import type { AgendaPoint, Workshop } from '../model/workshop';
import { RoomIdSchema } from '../rooms';
import type { Timer } from '../timer';

/**
 * Which timer a timer command acts on: the agenda point's, a room's budget, the speaker's turn
 * (ideas in turn on the point), or the current step of an exercise.
 */
export const TimerTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('point'), pointId: IdSchema }),
  z.strictObject({ kind: z.literal('room'), pointId: IdSchema, room: RoomIdSchema }),
  z.strictObject({ kind: z.literal('speaker'), pointId: IdSchema }),
  z.strictObject({ kind: z.literal('exercise'), exerciseId: IdSchema }),
]);
export type TimerTarget = z.infer<typeof TimerTargetSchema>;

/** The speaker's turn timer as it stands: whose turn, which turn, and the timer. */
export interface TurnTimerNow {
  holder: string;
  /** The turn log's length when this turn began. */
  turn: number;
  timer: Timer;
}

/**
 * The current speaker's turn timer. The stored timer belongs to one turn; once the turn has
 * passed on, the new holder's time began when the last turn was taken (the turn log's time),
 * and it runs while the point is active.
 */
export function currentTurnTimer(point: AgendaPoint): TurnTimerNow | null {
  const stored = point.turnTimer;
  const turns = point.turns;
  if (!stored || !turns || turns.mode !== 'round-robin' || turns.ended) return null;
  const holder = turnHolder(turns);
  if (holder === null) return null;
  const turn = turns.log.length;
  if (stored.turn === turn && stored.holder === holder)
    return { holder, turn, timer: stored.timer };
  const began = turns.log.at(-1)?.at;
  const running = point.status === 'active' && began !== undefined;
  return {
    holder,
    turn,
    timer: { startedAt: running ? began : null, accumulated: 0, duration: stored.perTurnMs },
  };
}

export function findExerciseIn(
  agenda: readonly AgendaPoint[],
  exerciseId: string,
): { point: AgendaPoint; exercise: Exercise } | null {
  for (const point of agenda) {
    const exercise = point.exercises.find((e) => e.id === exerciseId);
    if (exercise) return { point, exercise };
  }
  return null;
}

export function currentStep(exercise: Exercise): ExerciseStep | null {
  return exercise.stepIndex === null ? null : (exercise.steps[exercise.stepIndex] ?? null);
}

/** The timer a target names, for display; null when there is none (no budget, no turn, …). */
export function readTimer(workshop: Workshop, target: TimerTarget): Timer | null {
  if (target.kind === 'exercise') {
    const found = findExerciseIn(workshop.agenda, target.exerciseId);
    return found ? (currentStep(found.exercise)?.timer ?? null) : null;
  }
  const point = workshop.agenda.find((p) => p.id === target.pointId);
  if (!point) return null;
  switch (target.kind) {
    case 'point':
      return point.timer;
    case 'room':
      return point.roomTimers[target.room] ?? null;
    case 'speaker':
      return currentTurnTimer(point)?.timer ?? null;
  }
}
