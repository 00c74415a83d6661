import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import { reduce } from '../../reducer';
import { run, runningWorkshop } from '../../testing/fixture';

const order = ['p1', 'p2', 'p3', 'p4'];
const withTurns = () => run(runningWorkshop(), [{ type: 'turns.setup', pointId: 'pt1', order }]);

describe('ideas in turn', () => {
  it('gives a typed idea to whoever has the turn, then passes the turn on', () => {
    const w = run(withTurns(), [
      { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Fælles udskrivningstjekliste' },
      { type: 'idea.add', id: 'i2', pointId: 'pt1', text: 'Opkald dagen efter' },
    ]);
    expect(w.ideas.map((i) => [i.text, i.authorId])).toEqual([
      ['Fælles udskrivningstjekliste', 'p1'],
      ['Opkald dagen efter', 'p2'],
    ]);
    expect(w.agenda[0]!.turns!.index).toBe(2);
  });

  it('records a pass, and ends the turns when everyone has passed in a row', () => {
    let w = run(withTurns(), [
      { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Idé' },
      { type: 'turns.take', pointId: 'pt1', kind: 'pass' },
      { type: 'turns.take', pointId: 'pt1', kind: 'pass' },
      { type: 'turns.take', pointId: 'pt1', kind: 'pass' },
    ]);
    expect(w.agenda[0]!.turns!.ended).toBe(false);
    w = run(w, [{ type: 'turns.take', pointId: 'pt1', kind: 'pass' }]);
    const turns = w.agenda[0]!.turns!;
    expect(turns.ended).toBe(true);
    expect(turns.log.filter((e) => e.kind === 'pass')).toHaveLength(4);
    expect(turns.round).toBe(2);
    expect(() =>
      reduce(w, { type: 'turns.take', pointId: 'pt1', kind: 'pass' }, { now: 9 }),
    ).toThrow(DomainError);
  });

  it('does not count a skip as a pass, and an idea breaks a run of passes', () => {
    const w = run(withTurns(), [
      { type: 'turns.take', pointId: 'pt1', kind: 'pass' },
      { type: 'turns.take', pointId: 'pt1', kind: 'skip' },
      { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Idé' },
      { type: 'turns.take', pointId: 'pt1', kind: 'pass' },
    ]);
    expect(w.agenda[0]!.turns!.passesInARow).toBe(1);
    expect(w.ideas[0]!.authorId).toBe('p3');
  });

  it('keeps the turn with its holder when the order changes, and leaves free mode unattributed', () => {
    let w = run(withTurns(), [
      { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Idé' },
      { type: 'turns.change', pointId: 'pt1', order: ['p4', 'p3', 'p2', 'p1'] },
    ]);
    expect(w.agenda[0]!.turns!.order[w.agenda[0]!.turns!.index]).toBe('p2');
    w = run(w, [
      { type: 'turns.change', pointId: 'pt1', mode: 'free' },
      { type: 'idea.add', id: 'i2', pointId: 'pt1', text: 'Fri idé' },
    ]);
    expect(w.ideas[1]!.authorId).toBeNull();
  });

  it('refuses an order naming someone twice or someone unknown', () => {
    const w = runningWorkshop();
    expect(() =>
      reduce(w, { type: 'turns.setup', pointId: 'pt1', order: ['p1', 'p1'] }, { now: 1 }),
    ).toThrow(/twice/);
    expect(() =>
      reduce(w, { type: 'turns.setup', pointId: 'pt1', order: ['zz'] }, { now: 1 }),
    ).toThrow(DomainError);
  });

  it('refuses a second start, so the turns given since are kept (two people pressing Start)', () => {
    const w = run(withTurns(), [
      { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Fælles udskrivningstjekliste' },
    ]);
    const second = () =>
      reduce(w, { type: 'turns.setup', pointId: 'pt1', order: ['p4', 'p3'] }, { now: 2 });
    expect(second).toThrow(expect.objectContaining({ code: 'turns-already-started' }));
    expect(w.agenda[0]!.turns!.order).toEqual(order);
    expect(w.agenda[0]!.turns!.log.map((e) => [e.participantId, e.kind])).toEqual([['p1', 'idea']]);
  });

  it('drops a removed participant from the order', () => {
    const w = run(withTurns(), [{ type: 'participant.remove', id: 'p1' }]);
    expect(w.agenda[0]!.turns!.order).toEqual(['p2', 'p3', 'p4']);
  });
});

describe('editing ideas', () => {
  const withIdeas = () =>
    run(withTurns(), [
      { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Tjekliste' },
      { type: 'idea.add', id: 'i2', pointId: 'pt1', text: 'Tjekliste på papir' },
      { type: 'idea.add', id: 'i3', pointId: 'pt1', text: 'Telefonopkald' },
      { type: 'dot.add', id: 'd1', pointId: 'pt1', targetId: 'i2', participantId: 'p1' },
    ]);

  it('merges ideas: sources go, their dots follow the merged idea', () => {
    const w = run(withIdeas(), [
      { type: 'idea.merge', id: 'i1', sourceIds: ['i2'], text: 'Fælles tjekliste' },
    ]);
    expect(w.ideas.map((i) => i.id)).toEqual(['i1', 'i3']);
    expect(w.ideas[0]!.text).toBe('Fælles tjekliste');
    expect(w.dots[0]!.targetId).toBe('i1');
  });

  it('moves an idea to another point, leaving its cluster and dots behind', () => {
    const w = run(withIdeas(), [
      { type: 'cluster.add', id: 'c1', pointId: 'pt1', name: 'Papir', ideaIds: ['i2'] },
      { type: 'idea.move', id: 'i2', pointId: 'pt2' },
    ]);
    const moved = w.ideas.find((i) => i.id === 'i2')!;
    expect([moved.pointId, moved.clusterId]).toEqual(['pt2', null]);
    expect(w.dots).toHaveLength(0);
  });

  it('edits and removes ideas', () => {
    const w = run(withIdeas(), [
      { type: 'idea.update', id: 'i3', changes: { text: 'Opkald dagen efter udskrivelse' } },
      { type: 'idea.remove', id: 'i2' },
    ]);
    expect(w.ideas.map((i) => i.text)).toEqual(['Tjekliste', 'Opkald dagen efter udskrivelse']);
    expect(w.dots).toHaveLength(0);
  });
});

describe('idea killers', () => {
  it('flags who said which killer, when and in which room', () => {
    const w = run(
      runningWorkshop(),
      [
        { type: 'room.next' },
        { type: 'killer.flag', id: 'k1', killerId: 1, participantId: null },
        { type: 'killer.update', id: 'k1', participantId: 'p2' },
      ],
      5_000,
    );
    expect(w.killerFlags).toEqual([
      { id: 'k1', killerId: 1, participantId: 'p2', pointId: 'pt1', room: 'developing', at: 5_001 },
    ]);
    expect(run(w, [{ type: 'killer.update', id: 'k1', remove: true }]).killerFlags).toEqual([]);
  });
});
