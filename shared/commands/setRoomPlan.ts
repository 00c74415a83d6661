import { z } from 'zod';
import { DomainError } from '../errors';
import { findPoint } from '../model/lookup';
import { IdSchema } from '../model/workshop';
import { RoomIdSchema } from '../rooms';
import { defineCommand } from './defineCommand';

export const setRoomPlan = defineCommand(
  'agenda.setRoomPlan',
  { id: IdSchema, roomPlan: z.array(RoomIdSchema).min(1).max(12) },
  (draft, { id, roomPlan }) => {
    const point = findPoint(draft, id);
    if (point.status === 'active' && point.roomIndex !== null) {
      // While the point runs the group stays in the room it is in, so the new plan must hold it.
      const current = point.roomPlan[point.roomIndex];
      const index = current === undefined ? -1 : roomPlan.indexOf(current);
      if (index < 0) {
        throw new DomainError('room-not-in-plan', 'The new plan leaves out the current room', {
          room: current ?? '',
        });
      }
      point.roomIndex = index;
    }
    point.roomPlan = roomPlan;
  },
);
