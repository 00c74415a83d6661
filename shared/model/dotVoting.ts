/**
 * The dot-voting default, as plain data: no zod here, so the console imports it without the
 * schemas (shared/model/workshop.ts re-exports it).
 */

/** A common dot-voting default: about a third of a typical shortlist. */
export const DEFAULT_DOTS_PER_PERSON = 3;
