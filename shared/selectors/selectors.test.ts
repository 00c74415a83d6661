import { describe, expect, it } from 'vitest';
import { run, runningWorkshop } from '../testing/fixture';
import { actionGaps } from './actionGaps';
import { dotResults, dotsLeft } from './dotResults';
import { killerTally } from './killerTally';
import { voiceCounts } from './turnStats';

describe('selectors', () => {
  const w = run(runningWorkshop(), [
    { type: 'turns.setup', pointId: 'pt1', order: ['p1', 'p2', 'p3'] },
    { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'A' },
    { type: 'turns.take', pointId: 'pt1', kind: 'pass' },
    { type: 'turns.take', pointId: 'pt1', kind: 'spoke' },
    { type: 'idea.add', id: 'i2', pointId: 'pt1', text: 'B' },
    { type: 'cluster.add', id: 'c1', pointId: 'pt1', name: 'Klynge' },
    { type: 'dot.add', id: 'd1', pointId: 'pt1', targetId: 'i2', participantId: 'p1' },
    { type: 'dot.add', id: 'd2', pointId: 'pt1', targetId: 'i2', participantId: 'p2' },
    { type: 'dot.add', id: 'd3', pointId: 'pt1', targetId: 'c1', participantId: 'p1' },
    { type: 'killer.flag', id: 'k1', killerId: 2, participantId: 'p2' },
    { type: 'room.next' },
    { type: 'killer.flag', id: 'k2', killerId: 2, participantId: 'p2' },
    { type: 'killer.flag', id: 'k3', killerId: 5, participantId: null },
  ]);

  it('counts who has been heard, so the quiet ones show', () => {
    expect(voiceCounts(w.agenda[0]!.turns!, w.ideas, 'pt1')).toEqual([
      { participantId: 'p1', ideas: 2, spoke: 0, passes: 0, rounds: 2 },
      { participantId: 'p2', ideas: 0, spoke: 0, passes: 1, rounds: 0 },
      { participantId: 'p3', ideas: 0, spoke: 1, passes: 0, rounds: 1 },
    ]);
  });

  it('sorts dot results, most dots first, and knows the dots left', () => {
    expect(dotResults('pt1', w.ideas, w.clusters, w.dots).map((r) => [r.label, r.dots])).toEqual([
      ['B', 2],
      ['Klynge', 1],
      ['A', 0],
    ]);
    expect(dotsLeft('pt1', 'p1', 3, w.dots)).toBe(1);
  });

  it('tallies idea killers per person, per room and per killer', () => {
    const t = killerTally(w.killerFlags);
    expect(t.total).toBe(3);
    expect(t.byPerson.get('p2')).toBe(2);
    expect(t.byPerson.get('')).toBe(1);
    expect(t.byRoom.get('clarifying')).toBe(1);
    expect(t.byRoom.get('developing')).toBe(2);
    expect(t.byKiller.get(2)).toBe(2);
  });

  it('marks an action without who or when, and one past its date', () => {
    const a = run(w, [
      { type: 'action.add', action: { id: 'a1', what: 'x' } },
      {
        type: 'action.add',
        action: {
          id: 'a2',
          what: 'y',
          ownerIds: ['p1'],
          due: { kind: 'date', date: '2026-01-01' },
        },
      },
    ]).actions;
    expect(actionGaps(a[0]!, '2026-06-01')).toEqual({ noOwner: true, noDue: true, overdue: false });
    expect(actionGaps(a[1]!, '2026-06-01')).toEqual({
      noOwner: false,
      noDue: false,
      overdue: true,
    });
  });
});
