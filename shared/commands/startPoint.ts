import { DomainError } from '../errors';
import { findPoint } from '../model/lookup';
import { enterRoom } from '../model/roomVisits';
import { IdSchema } from '../model/workshop';
import { start } from '../timer';
import { defineCommand } from './defineCommand';

/** Start (or resume) a point: it enters the first room of its plan and its timer runs. */
export const startPoint = defineCommand('point.start', { id: IdSchema }, (draft, { id }, ctx) => {
  const point = findPoint(draft, id);
  if (point.status === 'active') {
    throw new DomainError('point-already-active', 'This point is already running', { id });
  }
  if (draft.activePointId !== null) {
    throw new DomainError('another-point-active', 'Finish the running point first', {
      id: draft.activePointId,
    });
  }
  point.status = 'active';
  draft.activePointId = id;
  enterRoom(point, 0, ctx.now);
  point.timer = start(point.timer, ctx.now);
});
