/**
 * The choices of the minutes options, as plain data: no zod here, so the print view reads them
 * from its query string without the schemas (shared/model/minutesOptions.ts builds
 * MinutesOptionsSchema from the same lists and re-exports them).
 */

/**
 * How the idea killers go into the minutes: left out, counted per room without names, or with
 * the name of whoever said one. Counted is the default: the yellow card belongs in the room, not
 * in minutes sent to directors.
 */
export const KILLERS_IN_MINUTES = ['omitted', 'counted', 'named'] as const;
export type KillersInMinutes = (typeof KILLERS_IN_MINUTES)[number];

/** Which ideas go into the minutes: all, only the clusters (with their ideas), or none. */
export const IDEAS_IN_MINUTES = ['all', 'clustered', 'none'] as const;
export type IdeasInMinutes = (typeof IDEAS_IN_MINUTES)[number];
