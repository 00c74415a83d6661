import { IdSchema } from '../../model/workshop';
import { pause } from '../../timer';
import { defineCommand } from '../defineCommand';
import { findExercise, runningStep } from './findExercise';

/** End a running exercise wherever it is; its timers stop, its outcomes stay on the point. */
export const finishExercise = defineCommand(
  'exercise.finish',
  { exerciseId: IdSchema },
  (draft, { exerciseId }, ctx) => {
    const { exercise } = findExercise(draft, exerciseId);
    const step = runningStep(exercise);
    step.timer = pause(step.timer, ctx.now);
    exercise.status = 'done';
    exercise.finishedAt = ctx.now;
  },
);
