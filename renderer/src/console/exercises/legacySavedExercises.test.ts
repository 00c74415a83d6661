import { describe, expect, it } from 'vitest';
import { runningPairExercise } from '../../../../shared/commands/exercises/exerciseFixture';
import { saveExercise } from '../../../../shared/exercises/library';
import { readLegacySavedExercises } from './legacySavedExercises';

const storage = (value: string | null) => ({ getItem: () => value });

describe('saved exercises from the old browser storage', () => {
  it('reads the valid entries and leaves the damaged ones out', () => {
    const exercise = runningPairExercise().agenda[0]!.exercises[0]!;
    const good = saveExercise(exercise, 'sx1', 'da', 42);
    const text = JSON.stringify([good, { title: 'broken' }]);
    expect(readLegacySavedExercises(storage(text))).toEqual([good]);
  });

  it('reads nothing from an empty, missing or unreadable entry', () => {
    expect(readLegacySavedExercises(storage(null))).toEqual([]);
    expect(readLegacySavedExercises(storage('{not json'))).toEqual([]);
    expect(readLegacySavedExercises(storage('{"a":1}'))).toEqual([]);
  });
});
