import type { CommandOf } from '../commands';
import type { Exercise, StepDefinition } from '../model/exercises';
import type { Language, SavedExercise } from '../settings';
import { MAX_SAVED_EXERCISES } from '../settingsCatalogue';
import type { ExerciseTemplate } from './templates';

/**
 * A custom exercise the facilitator keeps for next time. The host keeps the list in its
 * settings (settings.savedExercises), so the schema (SavedExerciseSchema) lives in settings.ts;
 * this module imports none, so the console can use it without zod.
 */
export type { SavedExercise } from '../settings';

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

/**
 * The saved list with `saved` added first, replacing an earlier one of the same title (saving
 * again updates it), kept to the settings' maximum, newest first.
 */
export function withSavedExercise(
  list: readonly SavedExercise[],
  saved: SavedExercise,
): SavedExercise[] {
  return [saved, ...list.filter((s) => s.title !== saved.title && s.id !== saved.id)].slice(
    0,
    MAX_SAVED_EXERCISES,
  );
}

/**
 * The saved list with older entries (from the browser storage of earlier versions) merged in
 * behind it: one that the list already has, by id or title, is left out.
 */
export function mergeSavedExercises(
  list: readonly SavedExercise[],
  older: readonly SavedExercise[],
): SavedExercise[] {
  const merged = [...list];
  for (const entry of older) {
    if (merged.some((s) => s.id === entry.id || s.title === entry.title)) continue;
    merged.push(entry);
  }
  return merged.slice(0, MAX_SAVED_EXERCISES);
}
