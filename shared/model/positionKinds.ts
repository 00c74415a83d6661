/**
 * The kinds of a viewpoint in the negotiating room, as plain data: no zod here, so the console
 * imports them without the schemas (shared/model/contributions.ts builds PositionKindSchema from
 * the same list).
 */
export const POSITION_KINDS = ['position', 'feedback', 'agreement', 'disagreement'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export function isPositionKind(value: string): value is PositionKind {
  return (POSITION_KINDS as readonly string[]).includes(value);
}
