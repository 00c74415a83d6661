import { limitReached } from '../errors';

/**
 * The schema limits that commands can grow a workshop into (model/*.ts holds the same numbers
 * in its .max() calls; limits.test.ts checks that they agree). A command refuses at a limit
 * rather than write a workshop that would not reopen. Limits that a command's own payload
 * schema already holds (text lengths, dots per person, pairs of groups …) need nothing here.
 */
export const LIMITS = {
  /** AgendaPoint.exercises */
  exercisesPerPoint: 50,
  /** Evaluation.ownQuestions */
  ownQuestions: 30,
  /** Evaluation.responses */
  evaluationResponses: 5_000,
  /** Series.number: the last meeting a series can have. */
  seriesNumber: 999,
  /** Series.meetings */
  seriesMeetings: 999,
} as const;

/** Refuses with `limit-reached` when `count` + `adding` would be past `limit`. */
export function assertWithinLimit(
  count: number,
  limit: number,
  field: string,
  what: string,
  adding = 1,
): void {
  if (count + adding > limit) {
    throw limitReached({ field, limit }, `At most ${limit} ${what}`);
  }
}
