import { describe, expect, it } from 'vitest';
import { idsFor, runningPairExercise } from '../commands/exercises/exerciseFixture';
import { ExerciseInputSchema } from '../model/exercises';
import { parseCommand } from '../reducer';
import {
  DEFAULT_SETTINGS,
  LANGUAGES,
  MAX_SAVED_EXERCISES,
  SavedExerciseSchema,
  SettingsSchema,
} from '../settings';
import { run, runningWorkshop } from '../testing/fixture';
import {
  mergeSavedExercises,
  saveExercise,
  savedToCommand,
  templateToCommand,
  withSavedExercise,
} from './library';
import { EXERCISE_TEMPLATES, findTemplate } from './templates';

describe('exercise templates', () => {
  it('has the pair exercise, the round and the group discussion, in Danish and English', () => {
    expect(EXERCISE_TEMPLATES.map((t) => t.id)).toEqual(['pair', 'round', 'discussion']);
    for (const template of EXERCISE_TEMPLATES) {
      for (const language of LANGUAGES) {
        expect(template.name[language], `${template.id} ${language}`).not.toBe('');
        expect(template.summary[language]).not.toBe('');
        for (const step of template.steps) expect(step.title[language]).not.toBe('');
        // Each template becomes a valid command in each language.
        const command = templateToCommand(template, language, 'pt1', idsFor('x'));
        expect(() => parseCommand(command)).not.toThrow();
      }
      expect(template.prompts.da).toHaveLength(template.prompts.en.length);
    }
  });

  it('starts from the method’s own questions and steps (docs/method.md § Exercises, rounds and turns)', () => {
    const pair = findTemplate('pair');
    expect(pair.steps.map((s) => [s.kind, s.minutes])).toEqual([
      ['individual', 10],
      ['pairs', 10],
      ['plenary', 15],
    ]);
    expect(findTemplate('round').question.da).toBe('Hvad er vi optaget af for tiden?');
    expect(findTemplate('discussion').prompts.da).toEqual([
      'Hvad genkender I?',
      'Hvad giver jer nye perspektiver?',
    ]);
  });
});

describe('saved exercises', () => {
  it('keeps an edited exercise for next time, without anything from the run', () => {
    const w = runningPairExercise();
    const exercise = w.agenda[0]!.exercises[0]!;
    const saved = saveExercise({ ...exercise, title: 'Vores parøvelse' }, 'sx1', 'da', 42);
    expect(SavedExerciseSchema.parse(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    expect(saved).not.toHaveProperty('notes');
    expect(saved.steps[0]).toEqual({
      kind: 'individual',
      title: 'Individuel refleksion',
      prompt: '',
      minutes: 10,
    });
  });

  it('becomes an exercise.add with fresh ids, so it can be used again and again', () => {
    const exercise = runningPairExercise().agenda[0]!.exercises[0]!;
    const saved = saveExercise(exercise, 'sx1', 'da', 42);
    const command = savedToCommand(saved, 'pt2', idsFor('again'));
    expect(ExerciseInputSchema.parse(command.exercise).steps.map((s) => s.id)).toEqual([
      'again-s1',
      'again-s2',
      'again-s3',
    ]);
    const w = run(runningWorkshop(), [command]);
    expect(w.agenda[1]!.exercises[0]).toMatchObject({
      id: 'again',
      title: 'Parøvelse',
      status: 'ready',
    });
  });

  it('refuses a saved exercise without steps', () => {
    const bad = {
      id: 's',
      kind: 'custom',
      title: 'X',
      question: '',
      prompts: [],
      steps: [],
      language: 'da',
      savedAt: 1,
    };
    expect(SavedExerciseSchema.safeParse(bad).success).toBe(false);
  });

  it('are kept in the host settings: saving again by the same title replaces, newest first', () => {
    const exercise = runningPairExercise().agenda[0]!.exercises[0]!;
    const a = saveExercise({ ...exercise, title: 'A' }, 'a', 'da', 1);
    const b = saveExercise({ ...exercise, title: 'B' }, 'b', 'da', 2);
    const a2 = saveExercise({ ...exercise, title: 'A' }, 'a2', 'en', 3);
    const list = withSavedExercise(withSavedExercise(withSavedExercise([], a), b), a2);
    expect(list.map((s) => s.id)).toEqual(['a2', 'b']);
    // Older settings files lack the key: the stores fill it from the defaults.
    expect(DEFAULT_SETTINGS.savedExercises).toEqual([]);
    const settings = SettingsSchema.parse({ ...DEFAULT_SETTINGS, savedExercises: list });
    expect(settings.savedExercises).toEqual(list);
    const many = Array.from({ length: MAX_SAVED_EXERCISES + 5 }, (_, i) =>
      saveExercise({ ...exercise, title: `E${i}` }, `e${i}`, 'da', i),
    );
    expect(many.reduce(withSavedExercise, [] as typeof many)).toHaveLength(MAX_SAVED_EXERCISES);
  });

  it('takes in the entries of the old browser storage once, without doubles', () => {
    const exercise = runningPairExercise().agenda[0]!.exercises[0]!;
    const kept = saveExercise({ ...exercise, title: 'Kept' }, 'k', 'da', 5);
    const old = [
      saveExercise({ ...exercise, title: 'Kept' }, 'k-old', 'da', 1),
      saveExercise({ ...exercise, title: 'Old' }, 'o', 'da', 2),
    ];
    const merged = mergeSavedExercises([kept], old);
    expect(merged.map((s) => s.id)).toEqual(['k', 'o']);
    expect(mergeSavedExercises(merged, old)).toEqual(merged);
  });
});
