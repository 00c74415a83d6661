import { DomainError } from '../../errors';
import { IdSchema } from '../../model/workshop';
import { start } from '../../timer';
import { defineCommand } from '../defineCommand';
import { findExercise } from './findExercise';

/** Begin an exercise at its first step, whose timer starts. One exercise runs at a time. */
export const startExercise = defineCommand(
  'exercise.start',
  { exerciseId: IdSchema },
  (draft, { exerciseId }, ctx) => {
    const { exercise } = findExercise(draft, exerciseId);
    if (exercise.status !== 'ready') {
      throw new DomainError(
        'invalid-command',
        exercise.status === 'running' ? 'The exercise is already running' : 'The exercise is done',
        { id: exerciseId },
      );
    }
    const running = draft.agenda.flatMap((p) => p.exercises).find((e) => e.status === 'running');
    if (running) {
      throw new DomainError('invalid-command', 'Finish the running exercise first', {
        id: running.id,
      });
    }
    exercise.status = 'running';
    exercise.stepIndex = 0;
    exercise.startedAt = ctx.now;
    const first = exercise.steps[0]!;
    first.timer = start(first.timer, ctx.now);
  },
);
