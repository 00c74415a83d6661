import { z } from 'zod';
import { DomainError } from '../../errors';
import { RoundSpeakerSchema } from '../../model/exercises';
import { assertParticipants } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';
import { findExercise } from './findExercise';

/**
 * Who speaks in a round, in order: people, or organisations (shared/exercises/speakers.ts
 * makes either from the participants). A new order keeps the word with whoever has it.
 */
export const setSpeakers = defineCommand(
  'exercise.setSpeakers',
  { exerciseId: IdSchema, speakers: z.array(RoundSpeakerSchema).max(200) },
  (draft, { exerciseId, speakers }) => {
    const { exercise } = findExercise(draft, exerciseId);
    if (!exercise.steps.some((s) => s.kind === 'round')) {
      throw new DomainError('invalid-command', 'This exercise has no round', { id: exerciseId });
    }
    if (new Set(speakers.map((s) => s.id)).size !== speakers.length) {
      throw new DomainError('duplicate-id', 'Two speakers have the same id');
    }
    assertParticipants(
      draft,
      speakers.flatMap((s) => s.participantIds),
    );
    for (const step of exercise.steps) {
      if (step.kind !== 'round') continue;
      const holder = exercise.speakers[step.speaker]?.id;
      const at = speakers.findIndex((s) => s.id === holder);
      step.speaker = at >= 0 ? at : Math.min(step.speaker, Math.max(0, speakers.length - 1));
    }
    exercise.speakers = speakers;
  },
);
