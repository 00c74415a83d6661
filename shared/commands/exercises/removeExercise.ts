import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';
import { findExercise } from './findExercise';

/** Take an exercise off its point. Ideas it produced stay with the point. */
export const removeExercise = defineCommand(
  'exercise.remove',
  { exerciseId: IdSchema },
  (draft, { exerciseId }) => {
    const { point, exercise } = findExercise(draft, exerciseId);
    point.exercises.splice(point.exercises.indexOf(exercise), 1);
  },
);
