/**
 * An action's statuses and whether it has an owner, as plain data: no zod here, so the console
 * imports them without the schemas (shared/model/actions.ts builds ActionStatusSchema from the
 * same list and re-exports these).
 */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export function isActionStatus(value: string): value is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(value);
}

/** An action's owners, as hasOwner reads them (an Action has them; typed here to stay zod-free). */
export interface ActionOwners {
  ownerIds: readonly string[];
  ownerOrganisation: string;
}

export function hasOwner(a: ActionOwners): boolean {
  return a.ownerIds.length > 0 || a.ownerOrganisation.trim() !== '';
}
