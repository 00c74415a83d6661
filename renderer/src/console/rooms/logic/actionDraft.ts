import {
  organisationAfterOwners,
  ownersOrganisation,
  type Organisations,
} from '../../../../../shared/model/actionOrganisation';
import type { Action, Due } from '../../../../../shared/model/actions';
import type { ActionGaps } from '../../../../../shared/selectors/actionGaps';

/** The acting room's add form, as typed. */
export interface ActionDraft {
  what: string;
  ownerIds: string[];
  organisation: string;
  /** yyyy-mm-dd or '' */
  date: string;
  nextMeeting: boolean;
  followUp: string;
  trial: boolean;
  evaluationDate: string;
}

export const EMPTY_ACTION: ActionDraft = {
  what: '',
  ownerIds: [],
  organisation: '',
  date: '',
  nextMeeting: false,
  followUp: '',
  trial: false,
  evaluationDate: '',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** When: "next meeting" wins over a date; nothing (null) until one is given. */
export function dueOf(date: string, nextMeeting: boolean): Due {
  if (nextMeeting) return { kind: 'next-meeting' };
  return ISO_DATE.test(date) ? { kind: 'date', date } : null;
}

export type NewAction = Pick<
  Action,
  | 'id'
  | 'what'
  | 'ownerIds'
  | 'ownerOrganisation'
  | 'due'
  | 'followUp'
  | 'trial'
  | 'evaluationDate'
  | 'pointId'
  | 'sourceId'
>;

/** The action.add payload for a draft, or null while there is no "what". */
export function actionFromDraft(
  draft: ActionDraft,
  id: string,
  pointId: string | null,
): NewAction | null {
  const what = draft.what.trim();
  if (!what) return null;
  return {
    id,
    what: what.slice(0, 500),
    ownerIds: [...new Set(draft.ownerIds)],
    ownerOrganisation: draft.organisation.trim(),
    due: dueOf(draft.date, draft.nextMeeting),
    followUp: draft.followUp.trim(),
    trial: draft.trial,
    evaluationDate: draft.trial && ISO_DATE.test(draft.evaluationDate) ? draft.evaluationDate : '',
    pointId,
    sourceId: null,
  };
}

export { organisationAfterOwners, ownersOrganisation };

/** The `action.update` changes for new owners of a saved action, its organisation following. */
export function ownerChanges(
  action: Pick<Action, 'ownerIds' | 'ownerOrganisation'>,
  ownerIds: string[],
  people: Organisations,
): Partial<Pick<Action, 'ownerIds' | 'ownerOrganisation'>> {
  const organisation = organisationAfterOwners(
    action.ownerOrganisation,
    action.ownerIds,
    ownerIds,
    people,
  );
  return organisation === action.ownerOrganisation
    ? { ownerIds }
    : { ownerIds, ownerOrganisation: organisation };
}

/** An `action.update` for a saved action's new owners, less its type and id. */
export type OwnerUpdate =
  | { changes: Record<string, never>; addOwner: string }
  | { changes: Record<string, never>; removeOwner: string }
  | { changes: Partial<Pick<Action, 'ownerIds' | 'ownerOrganisation'>> };

/**
 * The picker's new owner list as a change: one owner more or less is sent as just that, so it
 * adds to what the host has (someone else's change of the owners at the same moment stays, and
 * so does one of one's own still on its way); the host then lets the organisation follow. Any
 * other change (a new order, several at once) is sent as the whole list.
 */
export function ownerUpdate(
  action: Pick<Action, 'ownerIds' | 'ownerOrganisation'>,
  ownerIds: string[],
  people: Organisations,
): OwnerUpdate {
  const added = ownerIds.filter((id) => !action.ownerIds.includes(id));
  const removed = action.ownerIds.filter((id) => !ownerIds.includes(id));
  const keptOrder = ownerIds.filter((id) => action.ownerIds.includes(id));
  const sameOrder = keptOrder.every(
    (id, i) => id === action.ownerIds.filter((o) => !removed.includes(o))[i],
  );
  if (sameOrder && added.length === 1 && removed.length === 0 && ownerIds.at(-1) === added[0])
    return { changes: {}, addOwner: added[0]! };
  if (sameOrder && removed.length === 1 && added.length === 0)
    return { changes: {}, removeOwner: removed[0]! };
  return { changes: ownerChanges(action, ownerIds, people) };
}

/** The gaps as a stable attribute value: "owner,due", "owner", "due" or "". */
export function gapsAttribute(gaps: Pick<ActionGaps, 'noOwner' | 'noDue'>): string {
  return [gaps.noOwner ? 'owner' : '', gaps.noDue ? 'due' : ''].filter(Boolean).join(',');
}

/** Today as yyyy-mm-dd in local time, for the overdue check. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Nothing typed or picked yet. */
export function isEmptyAction(draft: ActionDraft): boolean {
  return JSON.stringify(draft) === JSON.stringify(EMPTY_ACTION);
}

/** A draft read back from storage: each field kept when it has the right type. */
export function parseActionDraft(raw: unknown): ActionDraft | null {
  if (raw === null || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const text = (key: keyof ActionDraft, fallback: string) =>
    typeof r[key] === 'string' ? r[key] : fallback;
  const flag = (key: keyof ActionDraft) => r[key] === true;
  const ids = Array.isArray(r.ownerIds) ? r.ownerIds.filter((x) => typeof x === 'string') : [];
  return {
    what: text('what', ''),
    ownerIds: ids,
    organisation: text('organisation', ''),
    date: text('date', ''),
    nextMeeting: flag('nextMeeting'),
    followUp: text('followUp', ''),
    trial: flag('trial'),
    evaluationDate: text('evaluationDate', ''),
  };
}
