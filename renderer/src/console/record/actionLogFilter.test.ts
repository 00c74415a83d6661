import { describe, expect, it } from 'vitest';
import { actionRows } from '../../../../shared/exporters/actionRows';
import { exportStrings } from '../../../../shared/i18n/exportStrings';
import { run, runningWorkshop } from '../../../../shared/testing/fixture';
import {
  actionLog,
  NO_FILTER,
  NOBODY,
  organisationsOf,
  summarise,
  type ActionLogSort,
} from './actionLogFilter';

const workshop = run(runningWorkshop(), [
  {
    type: 'action.add',
    action: {
      id: 'a1',
      what: 'Tjekliste',
      ownerIds: ['p1'],
      due: { kind: 'date', date: '2026-12-01' },
    },
  },
  {
    type: 'action.add',
    action: { id: 'a2', what: 'Ring til lægerne', ownerIds: ['p3'], trial: true },
  },
  {
    type: 'action.add',
    action: {
      id: 'a3',
      what: 'Aftale med kommunen',
      ownerOrganisation: 'Aalborg Kommune',
      due: { kind: 'date', date: '2026-10-01' },
    },
  },
  { type: 'action.add', action: { id: 'a4', what: 'Nyt møde', due: { kind: 'next-meeting' } } },
  { type: 'action.update', id: 'a1', changes: { status: 'done' } },
]);
const rows = actionRows(workshop, exportStrings('da'), 'da', '2026-11-25');
const owners = new Map(workshop.actions.map((a) => [a.id, a.ownerIds]));
const ids = (
  f: Partial<typeof NO_FILTER>,
  sort: ActionLogSort = { key: 'due', descending: false },
) => actionLog(rows, { ...NO_FILTER, ...f }, sort, owners).map((r) => r.id);

describe('the action log', () => {
  it('lists every action in due order by default', () => {
    expect(ids({})).toEqual(['a3', 'a1', 'a4', 'a2']);
    expect(ids({}, { key: 'due', descending: true })).toEqual(['a2', 'a4', 'a1', 'a3']);
  });

  it('filters by who, nobody, organisation, status, trial and due', () => {
    expect(ids({ who: 'p1' })).toEqual(['a1']);
    expect(ids({ who: NOBODY })).toEqual(['a3', 'a4']);
    expect(ids({ organisation: 'Aalborg Kommune' })).toEqual(['a3']);
    expect(ids({ statuses: ['done'] })).toEqual(['a1']);
    expect(ids({ statuses: ['open', 'in-progress'] })).toEqual(['a3', 'a4', 'a2']);
    expect(ids({ trial: 'trial' })).toEqual(['a2']);
    expect(ids({ due: 'overdue' })).toEqual(['a3']);
    expect(ids({ due: 'no-date' })).toEqual(['a2']);
    expect(ids({ due: 'next-meeting' })).toEqual(['a4']);
    expect(ids({ pointId: 'pt1' })).toEqual(['a3', 'a1', 'a4', 'a2']);
    expect(ids({ pointId: 'nope' })).toEqual([]);
  });

  it('shows only the actions with warnings when asked', () => {
    // a1: owner and date (done); a3: an organisation owns it, past its date; a4: no owner; a2: no date.
    expect(ids({ warningsOnly: true })).toEqual(['a3', 'a4', 'a2']);
    expect(summarise(rows)).toEqual({ total: 4, noOwner: 1, noDue: 1, overdue: 1 });
  });

  it('sorts by who and status, empty owners last either way', () => {
    expect(ids({}, { key: 'who', descending: false })).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(ids({}, { key: 'who', descending: true })).toEqual(['a2', 'a1', 'a3', 'a4']);
    expect(ids({}, { key: 'status', descending: true })[0]).toBe('a1');
  });

  it('offers each organisation an action names, in Danish order (Aa as Å, last)', () => {
    expect(organisationsOf(rows)).toEqual([
      'Lægehuset Vestergade',
      'Aalborg Kommune',
      'Aalborg Universitetshospital',
    ]);
  });
});
