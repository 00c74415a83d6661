import type { ActionRow } from '../../../../shared/exporters/actionRows';
import type { ActionStatus } from '../../../../shared/model/actions';

/** "Any" for every filter: the select's empty value. */
export const ANY = '';
/** The who filter's value for actions nobody owns. */
export const NOBODY = '-';

export type DueFilter = '' | 'overdue' | 'no-date' | 'next-meeting' | 'dated';
export type TrialFilter = '' | 'trial' | 'not-trial';
export type SortKey = 'due' | 'what' | 'who' | 'organisation' | 'status' | 'point';

export interface ActionLogFilter {
  /** A participant id, NOBODY, or ANY. */
  who: string;
  organisation: string;
  /** The statuses shown; empty = all. */
  statuses: readonly ActionStatus[];
  /** An agenda point id, or ANY. */
  pointId: string;
  trial: TrialFilter;
  due: DueFilter;
  /** Only actions with a warning (no owner, no date, past its date). */
  warningsOnly: boolean;
}

export interface ActionLogSort {
  key: SortKey;
  descending: boolean;
}

export const NO_FILTER: ActionLogFilter = {
  who: ANY,
  organisation: ANY,
  statuses: [],
  pointId: ANY,
  trial: '',
  due: '',
  warningsOnly: false,
};

/** The action's owners' ids: a row carries names, the log filters on ids. */
export type OwnerIds = ReadonlyMap<string, readonly string[]>;

export function hasWarning(row: ActionRow): boolean {
  return row.gaps.noOwner || row.gaps.noDue || row.gaps.overdue;
}

function matchesDue(row: ActionRow, due: DueFilter): boolean {
  switch (due) {
    case '':
      return true;
    case 'overdue':
      return row.gaps.overdue;
    case 'no-date':
      return row.due === null;
    case 'next-meeting':
      return row.due?.kind === 'next-meeting';
    case 'dated':
      return row.due?.kind === 'date';
  }
}

export function matches(row: ActionRow, filter: ActionLogFilter, owners: OwnerIds): boolean {
  if (filter.who !== ANY) {
    const ids = owners.get(row.id) ?? [];
    if (filter.who === NOBODY ? ids.length > 0 : !ids.includes(filter.who)) return false;
  }
  if (filter.organisation !== ANY && !row.organisations.includes(filter.organisation)) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(row.status)) return false;
  if (filter.pointId !== ANY && row.pointId !== filter.pointId) return false;
  if (filter.trial === 'trial' && !row.trial) return false;
  if (filter.trial === 'not-trial' && row.trial) return false;
  if (!matchesDue(row, filter.due)) return false;
  if (filter.warningsOnly && !hasWarning(row)) return false;
  return true;
}

const STATUS_ORDER: Readonly<Record<ActionStatus, number>> = {
  open: 0,
  'in-progress': 1,
  done: 2,
  dropped: 3,
};

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** Text sorts put empty values last in either direction: a missing owner is never "first". */
function byText(a: string, b: string, descending: boolean): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const c = collator.compare(a, b);
  return descending ? -c : c;
}

function compare(a: ActionRow, b: ActionRow, sort: ActionLogSort, base: Map<string, number>) {
  const d = sort.descending;
  let c = 0;
  switch (sort.key) {
    case 'due':
      // The rows come in due order already (dated, next meeting, none): keep it, or turn it.
      c = (base.get(a.id) ?? 0) - (base.get(b.id) ?? 0);
      return d ? -c : c;
    case 'what':
      c = byText(a.what, b.what, d);
      break;
    case 'who':
      c = byText(a.who, b.who, d);
      break;
    case 'organisation':
      c = byText(a.organisation, b.organisation, d);
      break;
    case 'status':
      c = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
      if (d) c = -c;
      break;
    case 'point': {
      // Actions under no point come last in either direction.
      const an = a.pointNumber;
      const bn = b.pointNumber;
      if (an === null || bn === null) c = an === bn ? 0 : an === null ? 1 : -1;
      else c = d ? bn - an : an - bn;
      break;
    }
  }
  // Ties keep the list's own order (due date, agenda, when agreed).
  return c !== 0 ? c : (base.get(a.id) ?? 0) - (base.get(b.id) ?? 0);
}

/** The rows the log shows, in the order it shows them. `rows` come in the record's due order. */
export function actionLog(
  rows: readonly ActionRow[],
  filter: ActionLogFilter,
  sort: ActionLogSort,
  owners: OwnerIds,
): ActionRow[] {
  const base = new Map(rows.map((r, i) => [r.id, i]));
  return rows.filter((r) => matches(r, filter, owners)).sort((a, b) => compare(a, b, sort, base));
}

/** The organisations to filter by: every one an action names, in the order first seen. */
export function organisationsOf(rows: readonly ActionRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const o of row.organisations) seen.add(o);
  return [...seen].sort((a, b) => collator.compare(a, b));
}

export interface LogSummary {
  total: number;
  noOwner: number;
  noDue: number;
  overdue: number;
}

export function summarise(rows: readonly ActionRow[]): LogSummary {
  const s: LogSummary = { total: rows.length, noOwner: 0, noDue: 0, overdue: 0 };
  for (const r of rows) {
    if (r.gaps.noOwner) s.noOwner++;
    if (r.gaps.noDue) s.noDue++;
    if (r.gaps.overdue) s.overdue++;
  }
  return s;
}
