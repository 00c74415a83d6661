import type { Draft } from 'immer';
import { DomainError } from '../../errors';
import type { Exercise, ExerciseStep } from '../../model/exercises';
import type { AgendaPoint, Workshop } from '../../model/workshop';

/** An exercise by id, wherever on the agenda it is, with its point. */
export function findExercise(
  draft: Draft<Workshop>,
  exerciseId: string,
): { point: Draft<AgendaPoint>; exercise: Draft<Exercise> } {
  for (const point of draft.agenda) {
    const exercise = point.exercises.find((e) => e.id === exerciseId);
    if (exercise) return { point, exercise };
  }
  throw new DomainError('not-found', `No exercise with id ${exerciseId}`, {
    id: exerciseId,
    what: 'exercise',
  });
}

/** The step a running exercise is in; refuses when the exercise is not running. */
export function runningStep(exercise: Draft<Exercise>): Draft<ExerciseStep> {
  const step = exercise.stepIndex === null ? undefined : exercise.steps[exercise.stepIndex];
  if (exercise.status !== 'running' || !step) {
    throw new DomainError('invalid-command', 'The exercise is not running', { id: exercise.id });
  }
  return step;
}

export function allExerciseIds(draft: Draft<Workshop>): { id: string }[] {
  return draft.agenda.flatMap((p) => p.exercises);
}
