import { describe, expect, it } from 'vitest';
import { emptyWorkshop } from '../model/workshop';
import { run } from '../testing/fixture';
import { schedule, shrinkToFit } from './schedule';

// The meeting's clock in UTC, so 9.00 is 9 * 60 minutes after midnight.
const at = (h: number, m = 0) => Date.UTC(2026, 10, 25, h, m);
const programme = () =>
  run(emptyWorkshop('w'), [
    { type: 'workshop.update', startTime: '09:00' },
    {
      type: 'agenda.add',
      point: {
        id: 'a',
        title: 'Velkomst',
        purpose: 'orientation',
        plannedMinutes: 10,
        presenter: '',
      },
    },
    {
      type: 'agenda.add',
      point: { id: 'b', title: 'Oplæg', purpose: 'orientation', plannedMinutes: 30, presenter: '' },
    },
    {
      type: 'agenda.add',
      point: { id: 'c', title: 'Workshop', purpose: 'decision', plannedMinutes: 60, presenter: '' },
    },
  ]);

describe('schedule', () => {
  it('puts the programme on the clock from the start time', () => {
    const s = schedule('09:00', programme().agenda, at(8), 0);
    expect(s.points.map((p) => [p.plannedStart, p.plannedEnd])).toEqual([
      [540, 550],
      [550, 580],
      [580, 640],
    ]);
    expect(s.delayMinutes).toBe(0);
  });

  it('shifts the rest when a point runs over, and says how far behind the group is', () => {
    let w = run(programme(), [{ type: 'point.start', id: 'a' }], at(9, 0));
    w = run(w, [{ type: 'point.finish', startNext: true }], at(9, 25)); // 15 min over
    const s = schedule('09:00', w.agenda, at(9, 30), 0);
    expect(s.points[0]).toMatchObject({ projectedStart: 540, projectedEnd: 565, usedMinutes: 25 });
    expect(s.points[1]!.projectedStart).toBe(565);
    expect(s.points[2]!.projectedStart).toBe(595);
    expect(Math.round(s.delayMinutes)).toBe(15);
    expect(shrinkToFit(w.agenda, s.delayMinutes)).toEqual([{ pointId: 'c', minutes: 45 }]);
  });

  it('projects a running point to now once it is over its time', () => {
    const w = run(programme(), [{ type: 'point.start', id: 'a' }], at(9, 0));
    const s = schedule('09:00', w.agenda, at(9, 20), 0);
    expect(s.points[0]!.projectedEnd).toBe(560);
    expect(Math.round(s.delayMinutes)).toBe(10);
  });

  it('asks nothing to shrink when the group is on time or ahead', () => {
    expect(shrinkToFit(programme().agenda, -5)).toEqual([]);
  });
});
