import { describe, expect, it } from 'vitest';
import { run, runningWorkshop } from '../testing/fixture';
import { phoneView } from './phoneView';

const meeting = () =>
  run(runningWorkshop(), [
    { type: 'workshop.update', title: 'Dialogmøde' },
    { type: 'room.goTo', room: 'negotiating' },
    { type: 'turns.setup', pointId: 'pt1', order: ['p1', 'p2'] },
    { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Tjekliste', authorId: 'p1' },
    { type: 'idea.add', id: 'i2', pointId: 'pt1', text: 'Opkald', authorId: 'p2' },
    { type: 'idea.add', id: 'x1', pointId: 'pt2', text: 'Andet punkt', authorId: 'p1' },
    { type: 'cluster.add', id: 'c1', pointId: 'pt1', name: 'Overgange', ideaIds: ['i1'] },
    { type: 'dot.add', id: 'd1', pointId: 'pt1', targetId: 'i1', participantId: 'p1' },
    { type: 'dot.add', id: 'd2', pointId: 'pt1', targetId: 'i1', participantId: 'p2' },
    { type: 'dot.add', id: 'd3', pointId: 'pt1', targetId: 'c1', participantId: 'p2' },
    {
      type: 'action.add',
      action: { id: 'a1', what: 'Skriv tjeklisten', pointId: 'pt1', ownerIds: ['p2'] },
    },
    { type: 'action.add', action: { id: 'a2', what: 'Andet', pointId: 'pt2', ownerIds: ['p1'] } },
    {
      type: 'action.add',
      action: { id: 'a3', what: 'Ikke mit', pointId: 'pt2', ownerIds: ['p2'] },
    },
  ]);
const view = (w = meeting(), who = 'p1') =>
  phoneView({ workshop: w, revision: 7, participantId: who, locked: false, form: null });

describe('phoneView', () => {
  it('shows the running point as one participant sees it: their ideas and dots marked', () => {
    const v = view()!;
    expect(v.revision).toBe(7);
    expect(v.workshopTitle).toBe('Dialogmøde');
    expect(v.me).toEqual({
      id: 'p1',
      name: 'Anne Holm',
      organisation: 'Aalborg Universitetshospital',
    });
    const point = v.point!;
    expect(point).toMatchObject({ id: 'pt1', title: 'Udskrivelse', room: 'negotiating' });
    expect(point.ideas).toEqual([
      { id: 'i1', text: 'Tjekliste', authorName: 'Anne Holm', mine: true },
      { id: 'i2', text: 'Opkald', authorName: 'Bo Madsen', mine: false },
    ]);
    expect(point.clusters).toEqual([{ id: 'c1', name: 'Overgange', ideaIds: ['i1'] }]);
    expect(point.dots.mine).toEqual([{ id: 'd1', targetId: 'i1' }]);
    expect(point.turns).toMatchObject({
      mode: 'round-robin',
      holderName: 'Anne Holm',
      nextName: 'Bo Madsen',
    });
  });

  it('hides the dot counts until the facilitator reveals them', () => {
    expect(view()!.point!.dots.results).toBeNull();
    const revealed = run(meeting(), [{ type: 'dots.reveal', pointId: 'pt1', revealed: true }]);
    expect(view(revealed)!.point!.dots.results).toEqual([
      { targetId: 'c1', count: 1 },
      { targetId: 'i1', count: 2 },
      { targetId: 'i2', count: 0 },
    ]);
  });

  it("lists this point's actions and all of the participant's own", () => {
    expect(view()!.point!.actions.map((a) => [a.id, a.mine, a.who])).toEqual([
      ['a1', false, 'Bo Madsen'],
      ['a2', true, 'Anne Holm'],
    ]);
  });

  it('shows no point between points, and nothing for someone no longer in the workshop', () => {
    expect(view(run(meeting(), [{ type: 'point.finish' }]))!.point).toBeNull();
    expect(view(meeting(), 'nobody')).toBeNull();
  });

  it('sends the latest ideas only, outside the negotiating room, with the total', () => {
    const many = run(runningWorkshop(), [
      { type: 'room.goTo', room: 'developing' },
      ...Array.from({ length: 150 }, (_, n) => ({
        type: 'idea.add' as const,
        id: `n${n}`,
        pointId: 'pt1',
        text: `Idé ${n}`,
        authorId: 'p1',
      })),
    ]);
    const point = view(many)!.point!;
    expect(point.ideaCount).toBe(150);
    expect(point.ideas).toHaveLength(30);
    expect(point.ideas[0]!.id).toBe('n120');
    const ballot = view(run(many, [{ type: 'room.goTo', room: 'negotiating' }]))!.point!;
    expect(ballot.ideas).toHaveLength(150);
  });
});
