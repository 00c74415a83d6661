import { DomainError } from '../errors';
import { activePoint } from '../model/lookup';
import { enterRoom } from '../model/roomVisits';
import { RoomIdSchema } from '../rooms';
import { defineCommand } from './defineCommand';

export const goToRoom = defineCommand(
  'room.goTo',
  { room: RoomIdSchema },
  (draft, { room }, ctx) => {
    const point = activePoint(draft);
    const index = point.roomPlan.indexOf(room);
    if (index < 0)
      throw new DomainError('room-not-in-plan', 'That room is not in this point’s plan', { room });
    if (index !== point.roomIndex) enterRoom(point, index, ctx.now);
  },
);
