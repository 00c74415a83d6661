import { describe, expect, it } from 'vitest';
import type { Workshop } from '../model/workshop';
import { parseCommand, reduce } from '../reducer';
import { elapsed } from '../timer';
import { run, runningWorkshop } from '../testing/fixture';
import type { CommandInput } from '../testing/commandCases';

const MIN = 60_000;
/** Run commands at given times: [time, command] pairs, as the host's clock would stamp them. */
function at(state: Workshop, ...steps: [number, CommandInput][]): Workshop {
  return steps.reduce((s, [now, c]) => reduce(s, parseCommand(c), { now }).state, state);
}
const point = (w: Workshop, id: string) => w.agenda.find((p) => p.id === id)!;
const room = (w: Workshop, id: string) => {
  const p = point(w, id);
  return p.roomIndex === null ? null : p.roomPlan[p.roomIndex];
};
const newPoint = (
  id: string,
  purpose: 'orientation' | 'development' | 'decision',
  index?: number,
): CommandInput => ({
  type: 'agenda.add',
  point: { id, title: id, purpose, plannedMinutes: 20, presenter: '' },
  ...(index === undefined ? {} : { index }),
});

describe('the agenda', () => {
  it('gives a new point the default room plan of its purpose and a timer of its planned time', () => {
    const w = at(
      runningWorkshop(),
      [0, newPoint('o', 'orientation')],
      [0, newPoint('d', 'development')],
    );
    expect(point(w, 'o').roomPlan).toEqual(['clarifying']);
    expect(point(w, 'd').roomPlan).toEqual(['clarifying', 'developing']);
    expect(point(w, 'd').timer).toEqual({ startedAt: null, accumulated: 0, duration: 20 * MIN });
    expect(point(w, 'd').status).toBe('pending');
  });

  it('inserts at an index, and at the end when the index is past it', () => {
    const w = at(
      runningWorkshop(),
      [0, newPoint('first', 'decision', 0)],
      [0, newPoint('last', 'decision', 99)],
    );
    expect(w.agenda.map((p) => p.id)).toEqual(['first', 'pt1', 'pt2', 'last']);
  });

  it('changes a pending point’s plan with its purpose, but not a running one’s', () => {
    const w = at(
      runningWorkshop(),
      [
        0,
        { type: 'agenda.update', id: 'pt2', changes: { purpose: 'decision', plannedMinutes: 10 } },
      ],
      [0, { type: 'agenda.update', id: 'pt1', changes: { purpose: 'orientation' } }],
    );
    expect(point(w, 'pt2').roomPlan).toHaveLength(4);
    expect(point(w, 'pt2').timer.duration).toBe(10 * MIN);
    expect(point(w, 'pt1').roomPlan).toHaveLength(4);
    expect(point(w, 'pt1').purpose).toBe('orientation');
  });

  it('moves a point, clamping to the end', () => {
    const w = at(
      runningWorkshop(),
      [0, newPoint('pt3', 'decision')],
      [0, { type: 'agenda.move', id: 'pt1', toIndex: 9 }],
    );
    expect(w.agenda.map((p) => p.id)).toEqual(['pt2', 'pt3', 'pt1']);
    const same = reduce(w, parseCommand({ type: 'agenda.move', id: 'pt1', toIndex: 2 }), {
      now: 0,
    });
    expect(same.patches).toEqual([]);
  });

  it('removing the running point leaves no point active', () => {
    const w = at(runningWorkshop(), [0, { type: 'agenda.remove', id: 'pt1' }]);
    expect(w.activePointId).toBeNull();
    expect(w.agenda.map((p) => p.id)).toEqual(['pt2']);
  });

  it('keeps the group in its room when the running point’s plan changes', () => {
    const w = at(
      runningWorkshop(),
      [0, { type: 'room.goTo', room: 'negotiating' }],
      [0, { type: 'agenda.setRoomPlan', id: 'pt1', roomPlan: ['negotiating', 'clarifying'] }],
    );
    expect(room(w, 'pt1')).toBe('negotiating');
    expect(point(w, 'pt1').roomIndex).toBe(0);
  });
});

describe('running a point through the rooms', () => {
  const start = 1_000_000;
  const fresh = () => run(runningWorkshop(), [{ type: 'point.finish' }], start - 1);

  it('starts in the first room of the plan with the timer running from now', () => {
    const w = at(fresh(), [start, { type: 'point.start', id: 'pt2' }]);
    expect(w.activePointId).toBe('pt2');
    expect(point(w, 'pt2')).toMatchObject({ status: 'active', roomIndex: 0 });
    expect(point(w, 'pt2').timer.startedAt).toBe(start);
    expect(point(w, 'pt2').visits).toEqual([
      { room: 'clarifying', enteredAt: start, leftAt: null },
    ]);
  });

  it('records each stay in a room, forwards and back', () => {
    const t = start;
    const w = at(
      runningWorkshop(),
      [t, { type: 'room.next' }],
      [t + 10 * MIN, { type: 'room.next' }],
      [t + 25 * MIN, { type: 'room.previous' }],
      [t + 30 * MIN, { type: 'room.goTo', room: 'acting' }],
    );
    expect(room(w, 'pt1')).toBe('acting');
    expect(point(w, 'pt1').visits.slice(1)).toEqual([
      { room: 'developing', enteredAt: t, leftAt: t + 10 * MIN },
      { room: 'negotiating', enteredAt: t + 10 * MIN, leftAt: t + 25 * MIN },
      { room: 'developing', enteredAt: t + 25 * MIN, leftAt: t + 30 * MIN },
      { room: 'acting', enteredAt: t + 30 * MIN, leftAt: null },
    ]);
  });

  it('going to the room the group is in changes nothing', () => {
    const w = runningWorkshop();
    expect(
      reduce(w, parseCommand({ type: 'room.goTo', room: 'clarifying' }), { now: 5 }).patches,
    ).toEqual([]);
  });

  it('finishing closes the stay, stops the timer and, if asked, starts the next pending point', () => {
    const w = at(
      fresh(),
      [start, { type: 'point.start', id: 'pt2' }],
      [start + 4 * MIN, { type: 'point.finish' }],
    );
    const done = point(w, 'pt2');
    expect(done).toMatchObject({ status: 'done', roomIndex: null });
    expect(done.visits.at(-1)!.leftAt).toBe(start + 4 * MIN);
    expect(done.timer.startedAt).toBeNull();
    expect(elapsed(done.timer, start + 60 * MIN)).toBe(4 * MIN);

    const chained = at(runningWorkshop(), [start, { type: 'point.finish', startNext: true }]);
    expect(chained.activePointId).toBe('pt2');
    expect(point(chained, 'pt2').timer.startedAt).toBe(start);
  });

  it('resumes a finished point where its time left off', () => {
    const w = at(
      fresh(),
      [start, { type: 'point.start', id: 'pt2' }],
      [start + 3 * MIN, { type: 'point.finish' }],
      [start + 10 * MIN, { type: 'point.start', id: 'pt2' }],
    );
    expect(elapsed(point(w, 'pt2').timer, start + 12 * MIN)).toBe(5 * MIN);
  });
});

describe('participants', () => {
  it('takes a removed participant out of the turn order, keeping what they said', () => {
    const w = at(
      runningWorkshop(),
      [0, { type: 'turns.setup', pointId: 'pt1', order: ['p1', 'p2', 'p3'] }],
      [1, { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Idé' }],
      [2, { type: 'participant.remove', id: 'p1' }],
    );
    expect(w.participants.map((p) => p.id)).toEqual(['p2', 'p3', 'p4']);
    expect(point(w, 'pt1').turns!.order).toEqual(['p2', 'p3']);
    expect(w.ideas[0]!.authorId).toBe('p1');
  });

  it('marks regrets (AFBUD) and trims what is typed', () => {
    const w = at(runningWorkshop(), [
      0,
      { type: 'participant.update', id: 'p2', changes: { present: false, title: '  Chef  ' } },
    ]);
    expect(w.participants[1]).toMatchObject({ present: false, title: 'Chef' });
  });
});
