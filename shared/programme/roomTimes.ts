import type { AgendaPoint, RoomVisit } from '../model/workshop';
import type { RoomId } from '../rooms';

/** Planned against actual time in one room of a point, in minutes. */
export interface RoomTime {
  room: RoomId;
  /** The room's budget; null when it has none. */
  plannedMinutes: number | null;
  actualMinutes: number;
  /** actual − planned: positive when over; null without a budget. */
  overMinutes: number | null;
  visits: number;
}

const visitMs = (v: RoomVisit, now: number) => Math.max(0, (v.leftAt ?? now) - v.enteredAt);

/**
 * Where a point's time went, room by room: the actual time is the time the group spent in the
 * room (its visits, up to now for the open one), so a timer paused or reset does not hide it.
 * Rooms in plan order, then rooms visited outside the plan. A break has no rooms.
 */
export function roomTimes(point: AgendaPoint, now: number): RoomTime[] {
  if (point.kind === 'break') return [];
  const rooms: RoomId[] = [];
  for (const room of [...point.roomPlan, ...point.visits.map((v) => v.room)]) {
    if (!rooms.includes(room)) rooms.push(room);
  }
  return rooms.map((room) => {
    const visits = point.visits.filter((v) => v.room === room);
    const actualMinutes = visits.reduce((sum, v) => sum + visitMs(v, now), 0) / 60_000;
    const plannedMinutes = point.roomBudgets[room] ?? null;
    return {
      room,
      plannedMinutes,
      actualMinutes,
      overMinutes: plannedMinutes === null ? null : actualMinutes - plannedMinutes,
      visits: visits.length,
    };
  });
}

/** Planned against actual time of one point, with its rooms. */
export interface PointTime {
  pointId: string;
  kind: AgendaPoint['kind'];
  plannedMinutes: number;
  /** Time the point ran on the clock: its visits, up to now while it runs. */
  actualMinutes: number;
  /** actual − planned; negative while under (or still running); 0 before the start. */
  overMinutes: number;
  rooms: RoomTime[];
}

/** The record of where the time went, point by point (for the minutes and exports). */
export function pointTimes(agenda: readonly AgendaPoint[], now: number): PointTime[] {
  return agenda.map((point) => {
    const actualMinutes = point.visits.reduce((sum, v) => sum + visitMs(v, now), 0) / 60_000;
    return {
      pointId: point.id,
      kind: point.kind,
      plannedMinutes: point.plannedMinutes,
      actualMinutes,
      overMinutes: point.status === 'pending' ? 0 : actualMinutes - point.plannedMinutes,
      rooms: roomTimes(point, now),
    };
  });
}
