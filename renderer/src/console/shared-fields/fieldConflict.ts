import type { Author } from './teamActivity';

/** Someone else changed the field under a draft of this screen's: shown until the user chooses. */
export interface FieldConflict {
  /** Who changed it: never this screen. */
  by: Exclude<Author, { kind: 'self' }>;
  /** The value they left. */
  theirs: string;
}

/** A draft that is not the value: trailing spaces are not a difference (texts are stored trimmed). */
export function differs(draft: string | null, value: string): draft is string {
  return draft !== null && draft.trim() !== value.trim();
}

/**
 * The conflict after the host's value went from `previous` to `value`, with `draft` (the user's
 * unsent text, or null) in the field: a change by someone else under a draft that differs asks
 * the user; their own change, or a draft that already says the same, does not. A draft gone or
 * equal to the value ends a conflict.
 */
export function conflictAfter(
  current: FieldConflict | null,
  change: { previous: string; value: string; draft: string | null; author: Author },
): FieldConflict | null {
  const { previous, value, draft, author } = change;
  if (!differs(draft, value)) return null;
  if (value === previous || author.kind === 'self') return current;
  return { by: author, theirs: value };
}

/**
 * The user's choice: `keep` leaves their draft in the field, to be sent as any draft is (now, if
 * the cursor has already left the field); `take` drops it, so the field shows their value.
 */
export function resolveConflict(
  choice: 'keep' | 'take',
  draft: string | null,
  focused: boolean,
): { draft: string | null; sendNow: boolean } {
  if (choice === 'take') return { draft: null, sendNow: false };
  return { draft, sendNow: !focused && draft !== null };
}
