import { z } from 'zod';
import { DomainError } from '../../errors';
import { ExerciseNoteSchema } from '../../model/exercises';
import { assertNewId, findParticipant } from '../../model/lookup';
import { IDEA_MAX } from '../../model/textLimits';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';
import { findExercise } from './findExercise';

/**
 * Capture an outcome into the agenda point: a note stays with the exercise (and the step it
 * was said in); an idea joins the point's ideas, to be clustered and voted on like any other.
 */
export const noteExercise = defineCommand(
  'exercise.note',
  {
    exerciseId: IdSchema,
    id: IdSchema,
    kind: z.enum(['note', 'idea']),
    text: ExerciseNoteSchema.shape.text,
    authorId: IdSchema.nullable().optional(),
  },
  (draft, { exerciseId, id, kind, text, authorId }, ctx) => {
    const { point, exercise } = findExercise(draft, exerciseId);
    const author = authorId ?? null;
    if (author !== null) findParticipant(draft, author);
    if (kind === 'idea') {
      if (text.length > IDEA_MAX) {
        throw new DomainError('invalid-command', `An idea can be at most ${IDEA_MAX} characters`);
      }
      assertNewId(draft.ideas, id);
      draft.ideas.push({
        id,
        pointId: point.id,
        text,
        authorId: author,
        clusterId: null,
        createdAt: ctx.now,
      });
      exercise.ideaIds.push(id);
      return;
    }
    assertNewId(exercise.notes, id);
    const step = exercise.stepIndex === null ? undefined : exercise.steps[exercise.stepIndex];
    exercise.notes.push({
      id,
      text,
      authorId: author,
      stepId: exercise.status === 'running' && step ? step.id : null,
      at: ctx.now,
    });
  },
);
