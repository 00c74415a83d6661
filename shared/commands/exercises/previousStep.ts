import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';
import { findExercise } from './findExercise';
import { moveStep } from './moveStep';

export const previousStep = defineCommand(
  'exercise.previousStep',
  { exerciseId: IdSchema },
  (draft, { exerciseId }, ctx) => moveStep(findExercise(draft, exerciseId).exercise, -1, ctx.now),
);
