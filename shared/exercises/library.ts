import { z } from 'zod';
import type { CommandOf } from '../commands';
import {
  ExerciseDefinitionSchema,
  StepDefinitionSchema,
  type Exercise,
  type StepDefinition,
} from '../model/exercises';
import { IdSchema } from '../model/ids';
import { LanguageSchema, type Language } from '../settings';
import type { ExerciseTemplate } from './templates';

/**
 * A custom exercise the facilitator keeps for next time (the host stores a list of them in
 * settings): the definition without anything from a run.
 */
export const SavedExerciseSchema = ExerciseDefinitionSchema.extend({
  id: IdSchema,
  steps: z.array(StepDefinitionSchema).min(1).max(20),
  /** The language it was written in, to offer it first to users of that language. */
  language: LanguageSchema,
  savedAt: z.number(),
});
export type SavedExercise = z.infer<typeof SavedExerciseSchema>;

export type MakeId = () => string;
export type AddExercise = CommandOf<'exercise.add'>;

function addCommand(
  pointId: string,
  definition: Pick<SavedExercise, 'kind' | 'title' | 'question' | 'prompts'>,
  steps: StepDefinition[],
  makeId: MakeId,
): AddExercise {
  return {
    type: 'exercise.add',
    pointId,
    exercise: {
      id: makeId(),
      kind: definition.kind,
      title: definition.title,
      question: definition.question,
      prompts: [...definition.prompts],
      steps: steps.map((step) => ({ ...step, id: makeId() })),
    },
  };
}

/** The `exercise.add` that puts a template, in one language, on a point. */
export function templateToCommand(
  template: ExerciseTemplate,
  language: Language,
  pointId: string,
  makeId: MakeId,
): AddExercise {
  return addCommand(
    pointId,
    {
      kind: template.kind,
      title: template.name[language],
      question: template.question[language],
      prompts: template.prompts[language],
    },
    template.steps.map((s) => ({
      kind: s.kind,
      title: s.title[language],
      prompt: s.prompt?.[language] ?? '',
      minutes: s.minutes,
    })),
    makeId,
  );
}

/** The `exercise.add` that puts a saved exercise on a point. */
export function savedToCommand(saved: SavedExercise, pointId: string, makeId: MakeId): AddExercise {
  return addCommand(pointId, saved, saved.steps, makeId);
}

/** Keep an exercise (as edited, or as run) for next time: its definition, nothing of the run. */
export function saveExercise(
  exercise: Exercise,
  id: string,
  language: Language,
  now: number,
): SavedExercise {
  return {
    id,
    kind: exercise.kind,
    title: exercise.title,
    question: exercise.question,
    prompts: [...exercise.prompts],
    steps: exercise.steps.map(({ kind, title, prompt, minutes }) => ({
      kind,
      title,
      prompt,
      minutes,
    })),
    language,
    savedAt: now,
  };
}
