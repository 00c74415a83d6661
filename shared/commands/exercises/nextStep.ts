import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';
import { findExercise } from './findExercise';
import { moveStep } from './moveStep';

export const nextStep = defineCommand(
  'exercise.nextStep',
  { exerciseId: IdSchema },
  (draft, { exerciseId }, ctx) => moveStep(findExercise(draft, exerciseId).exercise, 1, ctx.now),
);
