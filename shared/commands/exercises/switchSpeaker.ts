import { z } from 'zod';
import { DomainError } from '../../errors';
import { hasSpeakingTurns, turnCount } from '../../model/exercises';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';
import { findExercise, runningStep } from './findExercise';

/**
 * Who speaks now. In pairs: the next member of each group takes the word ("switch");
 * in a round: the next speaker. `speaker` picks one directly (back, or a turn again).
 * The turn's timer starts afresh.
 */
export const switchSpeaker = defineCommand(
  'exercise.switchSpeaker',
  { exerciseId: IdSchema, speaker: z.number().int().min(0).optional() },
  (draft, { exerciseId, speaker }, ctx) => {
    const { exercise } = findExercise(draft, exerciseId);
    const step = runningStep(exercise);
    if (!hasSpeakingTurns(step.kind)) {
      throw new DomainError('invalid-command', 'No one takes turns in this step');
    }
    const target = speaker ?? step.speaker + 1;
    if (target >= turnCount(exercise, step)) {
      throw new DomainError('invalid-command', 'Everyone has had a turn: go on to the next step');
    }
    step.speaker = target;
    step.timer = {
      startedAt: ctx.now,
      accumulated: 0,
      duration: Math.round(step.minutes * 60_000),
    };
  },
);
