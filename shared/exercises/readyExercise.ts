import type { Exercise, ExerciseInput } from '../model/exercises';
import { newTimer } from '../timer';

/** An exercise as a point holds it once added: ready, each step with its own timer, not run. */
export function readyExercise(exercise: ExerciseInput): Exercise {
  return {
    ...exercise,
    steps: exercise.steps.map((step) => ({
      ...step,
      speaker: 0,
      timer: newTimer(Math.round(step.minutes * 60_000)),
    })),
    status: 'ready',
    stepIndex: null,
    pairs: [],
    speakers: [],
    notes: [],
    ideaIds: [],
    startedAt: null,
    finishedAt: null,
  };
}
