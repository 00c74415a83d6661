import type { Action } from './actions';

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

export function hasOwner(a: Pick<Action, 'ownerIds' | 'ownerOrganisation'>): boolean {
  return a.ownerIds.length > 0 || a.ownerOrganisation.trim() !== '';
}
