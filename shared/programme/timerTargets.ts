import { z } from 'zod';
import type { Exercise, ExerciseStep } from '../model/exercises';
import { IdSchema } from '../model/ids';
import type { AgendaPoint, Workshop } from '../model/workshop';
import { RoomIdSchema } from '../rooms';
import type { Timer } from '../timer';
import { currentTurnTimer } from './turnTimer';

/** The speaker's turn timer (shared/programme/turnTimer.ts, zod-free). */
export * from './turnTimer';

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
