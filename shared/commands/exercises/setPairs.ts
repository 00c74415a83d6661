import { z } from 'zod';
import { DomainError } from '../../errors';
import { turnCount } from '../../model/exercises';
import { assertParticipants } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';
import { findExercise } from './findExercise';

/**
 * The groups of a pair exercise. The sender draws them (shared/exercises/pairs.ts: partners
 * from different organisations, a trio when odd) and sends the outcome, so the reducer stays
 * pure; the facilitator may send edited groups the same way.
 */
export const setPairs = defineCommand(
  'exercise.setPairs',
  { exerciseId: IdSchema, pairs: z.array(z.array(IdSchema).min(1).max(4)).max(100) },
  (draft, { exerciseId, pairs }) => {
    const { exercise } = findExercise(draft, exerciseId);
    if (!exercise.steps.some((s) => s.kind === 'pairs')) {
      throw new DomainError('invalid-command', 'This exercise has no step in pairs', {
        id: exerciseId,
      });
    }
    const everyone = pairs.flat();
    if (new Set(everyone).size !== everyone.length) {
      throw new DomainError('invalid-command', 'Someone is in two groups');
    }
    assertParticipants(draft, everyone);
    exercise.pairs = pairs;
    // A smaller largest group means fewer turns: keep the speaker within them.
    for (const step of exercise.steps) {
      if (step.kind === 'pairs')
        step.speaker = Math.min(step.speaker, turnCount(exercise, step) - 1);
    }
  },
);
