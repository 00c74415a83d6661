import { describe, expect, it } from 'vitest';
import { reduce } from '../../reducer';
import { run, runningWorkshop } from '../../testing/fixture';

const withIdeas = () =>
  run(runningWorkshop(), [
    { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Tjekliste', authorId: 'p1' },
    { type: 'idea.add', id: 'i2', pointId: 'pt1', text: 'Opkald', authorId: 'p2' },
    { type: 'idea.add', id: 'x1', pointId: 'pt2', text: 'Andet punkt', authorId: null },
  ]);

describe('clusters', () => {
  it('groups ideas, renames, and dissolves a cluster without losing its ideas', () => {
    let w = run(withIdeas(), [
      { type: 'cluster.add', id: 'c1', pointId: 'pt1', name: '' },
      { type: 'idea.cluster', id: 'i1', clusterId: 'c1' },
      { type: 'cluster.update', id: 'c1', name: 'Overgange' },
    ]);
    expect(w.clusters).toEqual([{ id: 'c1', pointId: 'pt1', name: 'Overgange' }]);
    expect(w.ideas[0]!.clusterId).toBe('c1');
    w = run(w, [{ type: 'cluster.update', id: 'c1', remove: true }]);
    expect(w.clusters).toEqual([]);
    expect(w.ideas).toHaveLength(3);
    expect(w.ideas[0]!.clusterId).toBeNull();
  });

  it('refuses to put an idea in a cluster of another point', () => {
    const w = run(withIdeas(), [{ type: 'cluster.add', id: 'c1', pointId: 'pt1', name: 'A' }]);
    expect(() =>
      reduce(w, { type: 'idea.cluster', id: 'x1', clusterId: 'c1' }, { now: 1 }),
    ).toThrow(/own agenda point/);
  });
});

describe('dot voting', () => {
  it('lets each participant spend the point’s dots and no more', () => {
    let w = run(withIdeas(), [
      { type: 'point.setDots', id: 'pt1', dotsPerPerson: 2 },
      { type: 'dot.add', id: 'd1', pointId: 'pt1', targetId: 'i1', participantId: 'p1' },
      { type: 'dot.add', id: 'd2', pointId: 'pt1', targetId: 'i1', participantId: 'p1' },
    ]);
    expect(() =>
      reduce(
        w,
        { type: 'dot.add', id: 'd3', pointId: 'pt1', targetId: 'i2', participantId: 'p1' },
        { now: 1 },
      ),
    ).toThrow(expect.objectContaining({ code: 'no-dots-left' }));
    // The facilitator's own entries (for the room) are not anyone's dots.
    w = run(w, [
      { type: 'dot.add', id: 'd3', pointId: 'pt1', targetId: 'i2', participantId: null },
      { type: 'dot.add', id: 'd4', pointId: 'pt1', targetId: 'i2', participantId: null },
      { type: 'dot.add', id: 'd5', pointId: 'pt1', targetId: 'i2', participantId: null },
      { type: 'dot.remove', id: 'd1' },
    ]);
    expect(w.dots.map((d) => d.id)).toEqual(['d2', 'd3', 'd4', 'd5']);
  });

  it('refuses a dot on an idea of another point', () => {
    expect(() =>
      reduce(
        withIdeas(),
        { type: 'dot.add', id: 'd1', pointId: 'pt1', targetId: 'x1', participantId: null },
        { now: 1 },
      ),
    ).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('positions and the conclusion', () => {
  it('records positions and disagreements with who holds them, and the decisions', () => {
    const w = run(withIdeas(), [
      {
        type: 'position.add',
        pointId: 'pt1',
        position: { id: 'q1', kind: 'position', text: 'Kommunen vil ringe', heldBy: 'p2' },
      },
      {
        type: 'position.add',
        pointId: 'pt1',
        position: { id: 'q2', kind: 'disagreement', text: 'Hvem betaler?', heldBy: 'p3' },
      },
      { type: 'position.remove', id: 'q1' },
      {
        type: 'conclusion.add',
        pointId: 'pt1',
        conclusion: { id: 'k1', text: 'Vi prøver tjeklisten' },
      },
      { type: 'conclusion.add', pointId: 'pt1', conclusion: { id: 'k2', text: 'Slet mig' } },
      { type: 'conclusion.update', id: 'k1', text: 'Vi prøver tjeklisten i 3 måneder' },
      { type: 'conclusion.update', id: 'k2', remove: true },
    ]);
    const point = w.agenda[0]!;
    expect(point.positions).toEqual([
      { id: 'q2', kind: 'disagreement', text: 'Hvem betaler?', heldBy: 'p3' },
    ]);
    expect(point.conclusions).toEqual([{ id: 'k1', text: 'Vi prøver tjeklisten i 3 måneder' }]);
  });
});
