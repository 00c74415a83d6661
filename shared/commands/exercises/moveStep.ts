import type { Draft } from 'immer';
import { DomainError } from '../../errors';
import type { Exercise } from '../../model/exercises';
import { pause, start } from '../../timer';
import { runningStep } from './findExercise';

/**
 * Move a running exercise one step on or back: the step left pauses, the step entered runs
 * (a step returned to goes on from the time it had used).
 */
export function moveStep(exercise: Draft<Exercise>, by: 1 | -1, now: number): void {
  const from = runningStep(exercise);
  const index = exercise.stepIndex! + by;
  const to = exercise.steps[index];
  if (!to) {
    throw new DomainError(
      'invalid-command',
      by > 0 ? 'This is the last step: finish the exercise' : 'This is the first step',
      { id: exercise.id },
    );
  }
  from.timer = pause(from.timer, now);
  exercise.stepIndex = index;
  to.timer = start(to.timer, now);
}
