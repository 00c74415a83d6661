import { z } from 'zod';
import { TimerSchema } from '../timer';
import { IdSchema } from './ids';
import {
  EXERCISE_NOTE_MAX,
  EXERCISE_PROMPT_MAX,
  EXERCISE_QUESTION_MAX,
  EXERCISE_TITLE_MAX,
  SPEAKER_LABEL_MAX,
  STEP_PROMPT_MAX,
} from './textLimits';
import { userText } from './text';
import { EXERCISE_KINDS, STEP_KINDS } from './exerciseSteps';

/** The kinds and the steps' arithmetic (shared/model/exerciseSteps.ts, zod-free). */
export * from './exerciseSteps';

export const ExerciseKindSchema = z.enum(EXERCISE_KINDS);
export const StepKindSchema = z.enum(STEP_KINDS);

/** What defines a step, before it runs: the part a template or a saved exercise holds. */
export const StepDefinitionSchema = z.object({
  kind: StepKindSchema,
  title: userText(EXERCISE_TITLE_MAX),
  /** What the projector shows during the step; the exercise's question when empty. */
  prompt: userText(STEP_PROMPT_MAX),
  /** The step's length; in pairs and round steps, the length of one speaker's turn. */
  minutes: z.number().min(0).max(600),
});
export type StepDefinition = z.infer<typeof StepDefinitionSchema>;

export const ExerciseStepSchema = StepDefinitionSchema.extend({
  id: IdSchema,
  /** Pairs: which member of each group speaks (0, 1, …); round: index into the speakers. */
  speaker: z.number().int().min(0),
  /** The step's own timer; in steps with speaking turns, the current speaker's turn. */
  timer: TimerSchema,
});
export type ExerciseStep = z.infer<typeof ExerciseStepSchema>;

/** One speaker of a round: a person, or an organisation speaking through its people. */
export const RoundSpeakerSchema = z.object({
  id: IdSchema,
  label: userText(SPEAKER_LABEL_MAX).min(1),
  participantIds: z.array(IdSchema).max(100),
});
export type RoundSpeaker = z.infer<typeof RoundSpeakerSchema>;

export const ExerciseNoteSchema = z.object({
  id: IdSchema,
  text: userText(EXERCISE_NOTE_MAX).min(1),
  authorId: IdSchema.nullable(),
  /** The step it was said in; null when captured outside a step. */
  stepId: IdSchema.nullable(),
  at: z.number(),
});
export type ExerciseNote = z.infer<typeof ExerciseNoteSchema>;

export const ExerciseStatusSchema = z.enum(['ready', 'running', 'done']);
export type ExerciseStatus = z.infer<typeof ExerciseStatusSchema>;

/** The definition of an exercise: what `exercise.add` carries and a saved exercise holds. */
export const ExerciseDefinitionSchema = z.object({
  kind: ExerciseKindSchema,
  title: userText(EXERCISE_TITLE_MAX).min(1),
  /** The question the exercise works on ("Hvad er vi optaget af for tiden?"). */
  question: userText(EXERCISE_QUESTION_MAX),
  /** Prompt questions for a discussion ("Hvad genkender I?"). */
  prompts: z.array(userText(EXERCISE_PROMPT_MAX).min(1)).max(20),
});

export const ExerciseSchema = ExerciseDefinitionSchema.extend({
  id: IdSchema,
  steps: z.array(ExerciseStepSchema).min(1).max(20),
  status: ExerciseStatusSchema,
  /** The current step while running (kept when done, for the record); null before the start. */
  stepIndex: z.number().int().min(0).nullable(),
  /** Pair-exercise groups of participant ids: pairs, one trio when the count is odd. */
  pairs: z.array(z.array(IdSchema).min(1).max(4)).max(100),
  /** Round: who speaks, in order. */
  speakers: z.array(RoundSpeakerSchema).max(200),
  /** Outcomes: notes here; ideas go to the workshop's ideas (on this point) and are listed here. */
  notes: z.array(ExerciseNoteSchema),
  ideaIds: z.array(IdSchema),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
});
export type Exercise = z.infer<typeof ExerciseSchema>;

/** What `exercise.add` carries: the definition with the ids the sender made. */
export const ExerciseInputSchema = ExerciseDefinitionSchema.extend({
  id: IdSchema,
  steps: z
    .array(StepDefinitionSchema.extend({ id: IdSchema }))
    .min(1)
    .max(20),
});
export type ExerciseInput = z.infer<typeof ExerciseInputSchema>;
