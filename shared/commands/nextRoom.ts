import { DomainError } from '../errors';
import { activePoint } from '../model/lookup';
import { enterRoom } from '../model/roomVisits';
import { defineCommand } from './defineCommand';

export const nextRoom = defineCommand('room.next', {}, (draft, _cmd, ctx) => {
  const point = activePoint(draft);
  const index = (point.roomIndex ?? 0) + 1;
  if (index >= point.roomPlan.length) {
    throw new DomainError('no-next-room', 'This is the last room of the plan');
  }
  enterRoom(point, index, ctx.now);
});
