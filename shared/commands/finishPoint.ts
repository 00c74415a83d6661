import { z } from 'zod';
import { activePoint } from '../model/lookup';
import { enterRoom, leaveRoom } from '../model/roomVisits';
import { pause, start } from '../timer';
import { defineCommand } from './defineCommand';

/** Finish the running point; with `startNext`, the next pending point starts at once. */
export const finishPoint = defineCommand(
  'point.finish',
  { startNext: z.boolean().optional() },
  (draft, { startNext }, ctx) => {
    const point = activePoint(draft);
    leaveRoom(point, ctx.now);
    point.timer = pause(point.timer, ctx.now);
    point.status = 'done';
    point.roomIndex = null;
    draft.activePointId = null;
    if (!startNext) return;
    const after = draft.agenda.slice(draft.agenda.indexOf(point) + 1);
    const next = after.find((p) => p.status === 'pending');
    if (!next) return;
    next.status = 'active';
    draft.activePointId = next.id;
    enterRoom(next, 0, ctx.now);
    next.timer = start(next.timer, ctx.now);
  },
);
