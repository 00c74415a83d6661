import { describe, expect, it } from 'vitest';
import { runningPairExercise } from '../commands/exercises/exerciseFixture';
import { run } from '../testing/fixture';
import { projectedExercise, runningExercise } from './exerciseView';

describe('the exercise the projector shows', () => {
  it('is the one running on the active point, whichever room the group is in', () => {
    const w = runningPairExercise();
    expect(projectedExercise(w)?.exercise.id).toBe('ex1');
    const later = run(w, [{ type: 'room.next' }, { type: 'room.next' }], 4_000);
    expect(later.agenda[0]!.roomIndex).toBe(2);
    expect(projectedExercise(later)?.exercise.id).toBe('ex1');
  });

  it('is none once its point is finished, though the exercise still runs', () => {
    const w = run(runningPairExercise(), [{ type: 'point.finish' }], 4_000);
    expect(runningExercise(w)?.exercise.id).toBe('ex1');
    expect(projectedExercise(w)).toBeNull();
  });
});
