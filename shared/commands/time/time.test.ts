import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import { emptyHistory, record, undo } from '../../history';
import { emptyWorkshop, type Workshop } from '../../model/workshop';
import { schedule } from '../../programme/schedule';
import { currentTurnTimer, readTimer, type TimerTarget } from '../../programme/timerTargets';
import { reduce } from '../../reducer';
import { run, runningWorkshop } from '../../testing/fixture';
import { remaining, timerStatus } from '../../timer';
import type { Command } from '../index';

const MIN = 60_000;
const T0 = 1_000_000;
const point: TimerTarget = { kind: 'point', pointId: 'pt1' };
const room = (r: 'clarifying' | 'developing'): TimerTarget => ({
  kind: 'room',
  pointId: 'pt1',
  room: r,
});
const left = (w: Workshop, target: TimerTarget, now: number) =>
  remaining(readTimer(w, target)!, now);
/** One command at a given time. */
const at = (w: Workshop, now: number, command: Command) => reduce(w, command, { now }).state;

/** pt1 (40 min, all four rooms) started at T0. */
function started(budgets: Partial<Record<'clarifying' | 'developing', number>> = {}): Workshop {
  let w = run(emptyWorkshop('w'), [
    {
      type: 'agenda.add',
      point: {
        id: 'pt1',
        title: 'Udskrivelse',
        purpose: 'decision',
        plannedMinutes: 40,
        presenter: '',
      },
    },
    {
      type: 'agenda.add',
      point: {
        id: 'pt2',
        title: 'Eventuelt',
        purpose: 'orientation',
        plannedMinutes: 5,
        presenter: '',
      },
    },
  ]);
  for (const [r, minutes] of Object.entries(budgets)) {
    w = at(w, 0, { type: 'room.setBudget', pointId: 'pt1', room: r as 'clarifying', minutes });
  }
  return at(w, T0, { type: 'point.start', id: 'pt1' });
}

describe('timer.control and timer.extend on the point', () => {
  it('pauses, resumes, extends by +1 and +5, and resets to the plan', () => {
    let w = started();
    w = at(w, T0 + 10 * MIN, { type: 'timer.control', target: point, action: 'pause' });
    expect(left(w, point, T0 + 50 * MIN)).toBe(30 * MIN);
    w = at(w, T0 + 50 * MIN, { type: 'timer.control', target: point, action: 'resume' });
    w = at(w, T0 + 51 * MIN, { type: 'timer.extend', target: point, minutes: 1 });
    w = at(w, T0 + 52 * MIN, { type: 'timer.extend', target: point, minutes: 5 });
    expect(left(w, point, T0 + 52 * MIN)).toBe(34 * MIN);
    w = at(w, T0 + 60 * MIN, { type: 'timer.control', target: point, action: 'reset' });
    expect(left(w, point, T0 + 61 * MIN)).toBe(39 * MIN);
    // The plan is untouched by extensions.
    expect(w.agenda[0]!.plannedMinutes).toBe(40);
  });

  it('treats a second start or pause as nothing to do (no change, no undo step)', () => {
    const w = started();
    const again = reduce(
      w,
      { type: 'timer.control', target: point, action: 'start' },
      { now: T0 + 5 },
    );
    expect(again.patches).toEqual([]);
    expect(again.state).toBe(w);
  });

  it('refuses to run the timer of a point that is not running', () => {
    const w = started();
    expect(() =>
      at(w, T0, {
        type: 'timer.control',
        target: { kind: 'point', pointId: 'pt2' },
        action: 'start',
      }),
    ).toThrow(DomainError);
    // Extending a point still to come is planning, and allowed.
    const later = at(w, T0, {
      type: 'timer.extend',
      target: { kind: 'point', pointId: 'pt2' },
      minutes: 5,
    });
    expect(later.agenda[1]!.timer.duration).toBe(10 * MIN);
  });

  it('moves the rest of the programme when the running point is extended or paused', () => {
    let w = at(started(), 0, { type: 'workshop.update', startTime: '00:16' });
    // T0 is 16 min 40 s after midnight UTC; pt1 planned to end 40 minutes after its start.
    const end = (x: Workshop, now: number) => schedule(x.startTime, x.agenda, now, 0).projectedEnd;
    const before = end(w, T0 + MIN);
    w = at(w, T0 + MIN, { type: 'timer.extend', target: point, minutes: 5 });
    expect(end(w, T0 + MIN) - before).toBeCloseTo(5);
    w = at(w, T0 + 2 * MIN, { type: 'timer.control', target: point, action: 'pause' });
    expect(end(w, T0 + 12 * MIN) - before).toBeCloseTo(15);
  });
});

describe('room budgets', () => {
  it('runs a room’s timer only while the group is in that room', () => {
    let w = started({ clarifying: 10, developing: 15 });
    expect(readTimer(w, room('clarifying'))!.startedAt).toBe(T0);
    expect(readTimer(w, room('developing'))!.startedAt).toBeNull();
    w = at(w, T0 + 12 * MIN, { type: 'room.next' });
    expect(timerStatus(readTimer(w, room('clarifying'))!, T0 + 30 * MIN)).toMatchObject({
      running: false,
      phase: 'overrun',
      overrunMs: 2 * MIN,
    });
    expect(left(w, room('developing'), T0 + 20 * MIN)).toBe(7 * MIN);
    // Back to clarifying: its timer goes on from where it was.
    w = at(w, T0 + 20 * MIN, { type: 'room.goTo', room: 'clarifying' });
    expect(left(w, room('clarifying'), T0 + 21 * MIN)).toBe(-3 * MIN);
    w = at(w, T0 + 22 * MIN, { type: 'point.finish' });
    expect(readTimer(w, room('clarifying'))!.startedAt).toBeNull();
    expect(readTimer(w, room('developing'))!.startedAt).toBeNull();
  });

  it('counts the time already spent when a budget is set during the meeting', () => {
    let w = started();
    w = at(w, T0 + 4 * MIN, {
      type: 'room.setBudget',
      pointId: 'pt1',
      room: 'clarifying',
      minutes: 10,
    });
    expect(left(w, room('clarifying'), T0 + 4 * MIN)).toBe(6 * MIN);
    expect(readTimer(w, room('clarifying'))!.startedAt).not.toBeNull();
  });

  it('refuses to start the timer of a room the group is not in, and drops a removed budget', () => {
    let w = started({ developing: 15 });
    expect(() =>
      at(w, T0, { type: 'timer.control', target: room('developing'), action: 'start' }),
    ).toThrow(/not in that room/);
    w = at(w, T0, { type: 'room.setBudget', pointId: 'pt1', room: 'developing', minutes: null });
    expect(readTimer(w, room('developing'))).toBeNull();
    expect(w.agenda[0]!.roomBudgets).toEqual({});
  });
});

describe("a speaker's turn timer", () => {
  const speaker: TimerTarget = { kind: 'speaker', pointId: 'pt1' };
  const withTurns = () =>
    run(runningWorkshop(), [
      { type: 'turns.setup', pointId: 'pt1', order: ['p1', 'p2', 'p3'] },
      { type: 'timer.setTurnTime', pointId: 'pt1', seconds: 60 },
    ]);

  it('runs for whoever has the turn, afresh for the next one', () => {
    let w = withTurns();
    const setAt = w.agenda[0]!.turnTimer!.timer.startedAt!;
    expect(currentTurnTimer(w.agenda[0]!)!.holder).toBe('p1');
    w = at(w, setAt + 70_000, { type: 'idea.add', id: 'i1', pointId: 'pt1', text: 'Idé' });
    const now = currentTurnTimer(w.agenda[0]!)!;
    expect(now.holder).toBe('p2');
    expect(remaining(now.timer, setAt + 70_000)).toBe(60_000);
    expect(timerStatus(now.timer, setAt + 120_000).phase).toBe('amber');
  });

  it('pauses, extends and resets the current turn only', () => {
    let w = withTurns();
    const t = w.agenda[0]!.turnTimer!.timer.startedAt!;
    w = at(w, t + 20_000, { type: 'timer.control', target: speaker, action: 'pause' });
    w = at(w, t + 30_000, { type: 'timer.extend', target: speaker, minutes: 1 });
    expect(left(w, speaker, t + 90_000)).toBe(100_000);
    w = at(w, t + 90_000, { type: 'timer.control', target: speaker, action: 'reset' });
    expect(left(w, speaker, t + 95_000)).toBe(60_000);
    w = at(w, t + 100_000, { type: 'turns.take', pointId: 'pt1', kind: 'pass' });
    // p2's turn: 60 s from the pass, running.
    expect(left(w, speaker, t + 110_000)).toBe(50_000);
  });

  it('has no timer without a time per turn, and refuses to run one', () => {
    const w = run(runningWorkshop(), [{ type: 'turns.setup', pointId: 'pt1', order: ['p1'] }]);
    expect(readTimer(w, speaker)).toBeNull();
    expect(() => at(w, 5, { type: 'timer.control', target: speaker, action: 'start' })).toThrow(
      DomainError,
    );
  });
});

describe('agenda.import', () => {
  const imported: Command = {
    type: 'agenda.import',
    startTime: '09:00',
    points: [
      {
        id: 'a',
        title: 'Velkomst',
        purpose: 'orientation',
        plannedMinutes: 10,
        presenter: 'Mickael',
      },
      {
        id: 'b',
        title: 'Pause',
        purpose: 'orientation',
        plannedMinutes: 15,
        presenter: '',
        kind: 'break',
      },
      {
        id: 'c',
        title: 'Workshop',
        purpose: 'development',
        plannedMinutes: 40,
        presenter: '',
        description: 'To spor',
      },
    ],
  };

  it('adds every point in one change, which one undo takes back', () => {
    const before = emptyWorkshop('w');
    const applied = reduce(before, imported, { now: 1 });
    expect(applied.state.agenda.map((p) => [p.title, p.kind, p.plannedMinutes])).toEqual([
      ['Velkomst', 'item', 10],
      ['Pause', 'break', 15],
      ['Workshop', 'item', 40],
    ]);
    expect(applied.state.agenda[2]!.description).toBe('To spor');
    expect(applied.state.agenda[0]!.timer.duration).toBe(10 * MIN);
    expect(applied.state.startTime).toBe('09:00');
    const history = record(emptyHistory, { label: 'import', ...applied });
    expect(undo(applied.state, history).state).toEqual(before);
  });

  it('keeps a start time the workshop already has, and refuses ids used twice', () => {
    const w = run(emptyWorkshop('w'), [{ type: 'workshop.update', startTime: '08:30' }, imported]);
    expect(w.startTime).toBe('08:30');
    expect(() => run(w, [imported])).toThrow(DomainError);
    const twice = { ...imported, points: [imported.points[0]!, imported.points[0]!] } as Command;
    expect(() => run(emptyWorkshop('w'), [twice])).toThrow(/twice/);
  });
});
