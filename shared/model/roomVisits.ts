import type { Draft } from 'immer';
import { pause, start } from '../timer';
import type { AgendaPoint } from './workshop';

/** Close the open visit, if any: time spent per room is part of the record. */
export function leaveRoom(point: Draft<AgendaPoint>, now: number): void {
  const open = point.visits.at(-1);
  if (open && open.leftAt === null) {
    open.leftAt = now;
    // A room's budget timer runs only while the group is in that room.
    const timer = point.roomTimers[open.room];
    if (timer) point.roomTimers[open.room] = pause(timer, now);
  }
}

export function enterRoom(point: Draft<AgendaPoint>, index: number, now: number): void {
  leaveRoom(point, now);
  point.roomIndex = index;
  const room = point.roomPlan[index];
  if (room === undefined) return;
  point.visits.push({ room, enteredAt: now, leftAt: null });
  const timer = point.roomTimers[room];
  if (timer) point.roomTimers[room] = start(timer, now);
}
