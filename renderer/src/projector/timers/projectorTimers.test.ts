import { describe, expect, it } from 'vitest';
import { run, runningWorkshop } from '../../../../shared/testing/fixture';
import { extraTimers } from './projectorTimers';

/** pt1 (decision: all four rooms) in the developing room, ideas in turn, 90 s a turn. */
function inTurns() {
  return run(runningWorkshop(), [
    { type: 'room.next' },
    { type: 'turns.setup', pointId: 'pt1', order: ['p2', 'p1'] },
    { type: 'timer.setTurnTime', pointId: 'pt1', seconds: 90 },
  ]);
}

describe('the timers beside the point’s on the projector', () => {
  it('are none without a budget or timed turns', () => {
    const w = runningWorkshop();
    expect(extraTimers(w.agenda[0]!, 'clarifying', w.participants)).toEqual([]);
  });

  it('show the current room’s budget, not another room’s', () => {
    const w = run(runningWorkshop(), [
      { type: 'room.setBudget', pointId: 'pt1', room: 'negotiating', minutes: 5 },
      { type: 'room.setBudget', pointId: 'pt1', room: 'clarifying', minutes: 10 },
    ]);
    const timers = extraTimers(w.agenda[0]!, 'clarifying', w.participants);
    expect(timers).toHaveLength(1);
    expect(timers[0]).toMatchObject({ kind: 'room', room: 'clarifying' });
    expect(timers[0]!.timer.duration).toBe(10 * 60_000);
  });

  it('show the speaker’s turn with their name in the developing room, and follow the turn', () => {
    const w = inTurns();
    const point = w.agenda[0]!;
    expect(extraTimers(point, 'developing', w.participants)).toMatchObject([
      { kind: 'speaker', name: 'Bo Madsen', timer: { duration: 90_000 } },
    ]);
    // Turns are the developing room's: elsewhere the speaker's time is not shown.
    expect(extraTimers(point, 'negotiating', w.participants)).toEqual([]);
    const next = run(w, [{ type: 'turns.take', pointId: 'pt1', kind: 'spoke' }], 5_000);
    expect(extraTimers(next.agenda[0]!, 'developing', next.participants)).toMatchObject([
      { kind: 'speaker', name: 'Anne Holm', timer: { startedAt: 5_000, duration: 90_000 } },
    ]);
  });
});
