import { describe, expect, it } from 'vitest';
import type { Command } from '../commands';
import { emptyWorkshop, type Workshop } from '../model/workshop';
import { reduce } from '../reducer';
import { pointTimes, roomTimes } from './roomTimes';

const MIN = 60_000;
const at = (w: Workshop, minute: number, command: Command) =>
  reduce(w, command, { now: minute * MIN }).state;

function meeting(): Workshop {
  let w = reduce(
    emptyWorkshop('w'),
    {
      type: 'agenda.import',
      points: [
        { id: 'a', title: 'Udskrivelse', purpose: 'decision', plannedMinutes: 40, presenter: '' },
        {
          id: 'b',
          title: 'Pause',
          purpose: 'orientation',
          plannedMinutes: 15,
          presenter: '',
          kind: 'break',
        },
      ],
    },
    { now: 0 },
  ).state;
  w = at(w, 0, { type: 'room.setBudget', pointId: 'a', room: 'clarifying', minutes: 10 });
  w = at(w, 0, { type: 'room.setBudget', pointId: 'a', room: 'developing', minutes: 15 });
  w = at(w, 0, { type: 'point.start', id: 'a' });
  w = at(w, 14, { type: 'room.next' }); // 14 min clarifying
  w = at(w, 24, { type: 'room.previous' }); // 10 min developing, then back
  w = at(w, 27, { type: 'room.goTo', room: 'negotiating' }); // 3 more clarifying
  return w;
}

describe('roomTimes', () => {
  it('gives planned against actual minutes per room, from the visits, up to now', () => {
    expect(roomTimes(meeting().agenda[0]!, 30 * MIN)).toEqual([
      { room: 'clarifying', plannedMinutes: 10, actualMinutes: 17, overMinutes: 7, visits: 2 },
      { room: 'developing', plannedMinutes: 15, actualMinutes: 10, overMinutes: -5, visits: 1 },
      { room: 'negotiating', plannedMinutes: null, actualMinutes: 3, overMinutes: null, visits: 1 },
      { room: 'acting', plannedMinutes: null, actualMinutes: 0, overMinutes: null, visits: 0 },
    ]);
  });

  it('keeps the real time when a timer is reset, and gives breaks no rooms', () => {
    let w = at(meeting(), 30, {
      type: 'timer.control',
      target: { kind: 'room', pointId: 'a', room: 'clarifying' },
      action: 'reset',
    });
    w = at(w, 30, {
      type: 'timer.control',
      target: { kind: 'point', pointId: 'a' },
      action: 'reset',
    });
    w = at(w, 45, { type: 'point.finish', startNext: true });
    w = at(w, 62, { type: 'point.finish' });
    const times = pointTimes(w.agenda, 90 * MIN);
    expect(times.map((t) => [t.pointId, t.plannedMinutes, t.actualMinutes, t.overMinutes])).toEqual(
      [
        ['a', 40, 45, 5],
        ['b', 15, 17, 2],
      ],
    );
    expect(times[1]!.rooms).toEqual([]);
  });
});
