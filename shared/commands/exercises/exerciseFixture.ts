/** Test helpers for exercises: runningWorkshop() with a pair exercise or a round on pt1. */
import type { Workshop } from '../../model/workshop';
import { findTemplate } from '../../exercises/templates';
import { templateToCommand } from '../../exercises/library';
import { run, runningWorkshop } from '../../testing/fixture';

/** Ids ex1-s1, ex1-s2, … for the steps of exercise `id`. */
export function idsFor(id: string): () => string {
  let n = 0;
  return () => (n++ === 0 ? id : `${id}-s${n - 1}`);
}

/** runningWorkshop() with the Danish pair exercise "ex1" on pt1 (ready; steps ex1-s1…s3). */
export function withPairExercise(now = 2_000): Workshop {
  return run(
    runningWorkshop(),
    [templateToCommand(findTemplate('pair'), 'da', 'pt1', idsFor('ex1'))],
    now,
  );
}

/** The same, started at `now`: step 1 (individual reflection) running. */
export function runningPairExercise(now = 3_000): Workshop {
  return run(withPairExercise(), [{ type: 'exercise.start', exerciseId: 'ex1' }], now);
}

/** runningWorkshop() with the round "r1" on pt1, everyone present as a speaker. */
export function withRound(now = 2_000): Workshop {
  return run(
    runningWorkshop(),
    [
      templateToCommand(findTemplate('round'), 'da', 'pt1', idsFor('r1')),
      {
        type: 'exercise.setSpeakers',
        exerciseId: 'r1',
        speakers: ['p1', 'p2', 'p3', 'p4'].map((id) => ({
          id,
          label: id,
          participantIds: [id],
        })),
      },
    ],
    now,
  );
}
