import { z } from 'zod';
import { findPoint } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { RoomIdSchema } from '../../rooms';
import { defineCommand } from '../defineCommand';

/**
 * Give a room a time budget on a point (or take it away with null). The room's timer counts
 * the time the group has already spent there, and runs while the group is in it.
 */
export const setRoomBudget = defineCommand(
  'room.setBudget',
  {
    pointId: IdSchema,
    room: RoomIdSchema,
    minutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .nullable(),
  },
  (draft, { pointId, room, minutes }) => {
    const point = findPoint(draft, pointId);
    if (minutes === null) {
      delete point.roomBudgets[room];
      delete point.roomTimers[room];
      return;
    }
    point.roomBudgets[room] = minutes;
    const existing = point.roomTimers[room];
    if (existing) {
      existing.duration = minutes * 60_000;
      return;
    }
    let spent = 0;
    for (const visit of point.visits) {
      if (visit.room === room && visit.leftAt !== null) spent += visit.leftAt - visit.enteredAt;
    }
    const last = point.visits.at(-1);
    const inRoomNow = last !== undefined && last.leftAt === null && last.room === room;
    point.roomTimers[room] = {
      // Running from the open visit's start counts the time already spent in it.
      startedAt: inRoomNow ? last.enteredAt : null,
      accumulated: spent,
      duration: minutes * 60_000,
    };
  },
);
