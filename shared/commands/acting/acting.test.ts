import { describe, expect, it } from 'vitest';
import { hasOwner } from '../../model/actions';
import { reduce } from '../../reducer';
import { run, runningWorkshop } from '../../testing/fixture';

describe('who does what by when', () => {
  it('adds an action to the running point, made from an idea, as a trial action', () => {
    const w = run(
      runningWorkshop(),
      [
        { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Tjekliste', authorId: 'p1' },
        {
          type: 'action.add',
          action: {
            id: 'a1',
            what: 'Afprøv tjeklisten på afsnit 7',
            ownerIds: ['p1', 'p2'],
            due: { kind: 'date', date: '2027-01-15' },
            sourceId: 'i1',
            trial: true,
            evaluationDate: '2027-03-01',
          },
        },
      ],
      7_000,
    );
    expect(w.actions[0]).toMatchObject({
      pointId: 'pt1',
      ownerIds: ['p1', 'p2'],
      sourceId: 'i1',
      trial: true,
      status: 'open',
      createdAt: 7_001,
    });
  });

  it('keeps an action with no owner or date, so the console can mark it', () => {
    const w = run(runningWorkshop(), [
      { type: 'action.add', action: { id: 'a1', what: 'Noget skal ske' } },
    ]);
    expect(hasOwner(w.actions[0]!)).toBe(false);
    expect(w.actions[0]!.due).toBeNull();
  });

  it('updates, sets "next meeting", and removes', () => {
    let w = run(runningWorkshop(), [
      { type: 'action.add', action: { id: 'a1', what: 'Ring til lægerne' } },
      {
        type: 'action.update',
        id: 'a1',
        changes: { ownerOrganisation: 'Aalborg Kommune', due: { kind: 'next-meeting' } },
      },
    ]);
    expect(hasOwner(w.actions[0]!)).toBe(true);
    expect(w.actions[0]!.due).toEqual({ kind: 'next-meeting' });
    w = run(w, [{ type: 'action.update', id: 'a1', changes: {}, remove: true }]);
    expect(w.actions).toEqual([]);
  });

  it('takes one owner more or less against the action as it is, the organisation following', () => {
    // The console sent both from the same old list ([p1]): remove p1, then add p2. Whole lists
    // would have put p1 back; one at a time, both count.
    const w = run(runningWorkshop(), [
      {
        type: 'action.add',
        action: { id: 'a1', what: 'Udkast til fælles udskrivelsestjekliste', ownerIds: ['p1'] },
      },
      {
        type: 'action.update',
        id: 'a1',
        changes: { ownerOrganisation: 'Aalborg Universitetshospital' },
      },
      { type: 'action.update', id: 'a1', changes: {}, removeOwner: 'p1' },
      { type: 'action.update', id: 'a1', changes: {}, addOwner: 'p2' },
      { type: 'action.update', id: 'a1', changes: {}, addOwner: 'p2' },
    ]);
    expect(w.actions[0]).toMatchObject({ ownerIds: ['p2'], ownerOrganisation: 'Aalborg Kommune' });
    // Typed by hand, it stays.
    const typed = run(w, [
      {
        type: 'action.update',
        id: 'a1',
        changes: { ownerOrganisation: 'Sekretariatet/koordinationsgruppen' },
      },
      { type: 'action.update', id: 'a1', changes: {}, addOwner: 'p3' },
      { type: 'action.update', id: 'a1', changes: {}, removeOwner: 'p2' },
    ]);
    expect(typed.actions[0]).toMatchObject({
      ownerIds: ['p3'],
      ownerOrganisation: 'Sekretariatet/koordinationsgruppen',
    });
    expect(() =>
      run(w, [{ type: 'action.update', id: 'a1', changes: {}, addOwner: 'nobody' }]),
    ).toThrow();
  });

  it('refuses unknown owners and sources, and a malformed date', () => {
    const w = runningWorkshop();
    expect(() =>
      reduce(
        w,
        { type: 'action.add', action: { id: 'a1', what: 'x', ownerIds: ['nobody'] } },
        { now: 1 },
      ),
    ).toThrow();
    expect(() =>
      reduce(
        w,
        { type: 'action.add', action: { id: 'a1', what: 'x', sourceId: 'nope' } },
        { now: 1 },
      ),
    ).toThrow();
  });
});
