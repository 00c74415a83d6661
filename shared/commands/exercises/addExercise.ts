import { z } from 'zod';
import { DomainError } from '../../errors';
import { ExerciseInputSchema } from '../../model/exercises';
import { assertWithinLimit, LIMITS } from '../../model/limits';
import { assertNewId, findPoint } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { readyExercise } from '../../exercises/readyExercise';
import { defineCommand } from '../defineCommand';
import { allExerciseIds } from './findExercise';

/** Put an exercise on a point, from a template, a saved exercise, or made up on the spot. */
export const addExercise = defineCommand(
  'exercise.add',
  {
    pointId: IdSchema,
    exercise: ExerciseInputSchema,
    /** Where among the point's exercises; the end when left out. */
    index: z.number().int().min(0).optional(),
  },
  (draft, { pointId, exercise, index }) => {
    const point = findPoint(draft, pointId);
    assertNewId(allExerciseIds(draft), exercise.id);
    assertWithinLimit(
      point.exercises.length,
      LIMITS.exercisesPerPoint,
      'agenda.exercises',
      'exercises on an agenda point',
    );
    if (new Set(exercise.steps.map((s) => s.id)).size !== exercise.steps.length) {
      throw new DomainError('duplicate-id', 'Two steps have the same id');
    }
    const at = Math.min(index ?? point.exercises.length, point.exercises.length);
    point.exercises.splice(at, 0, readyExercise(exercise));
  },
);
