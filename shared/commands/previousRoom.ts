import { DomainError } from '../errors';
import { activePoint } from '../model/lookup';
import { enterRoom } from '../model/roomVisits';
import { defineCommand } from './defineCommand';

/** Going back is part of the method: e.g. from negotiating to clarifying when the problem was not shared. */
export const previousRoom = defineCommand('room.previous', {}, (draft, _cmd, ctx) => {
  const point = activePoint(draft);
  const index = (point.roomIndex ?? 0) - 1;
  if (index < 0) throw new DomainError('no-previous-room', 'This is the first room of the plan');
  enterRoom(point, index, ctx.now);
});
