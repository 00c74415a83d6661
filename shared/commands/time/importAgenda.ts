import { z } from 'zod';
import { DomainError } from '../../errors';
import { assertNewId } from '../../model/lookup';
import { newAgendaPoint, TimeOfDaySchema } from '../../model/workshop';
import { addPoint } from '../addPoint';
import { defineCommand } from '../defineCommand';

/**
 * Several agenda points at once, as read from a pasted programme: one command, so one undo
 * takes the whole import back. The programme's first start time becomes the workshop's start
 * time when it has none yet.
 */
export const importAgenda = defineCommand(
  'agenda.import',
  {
    points: z.array(addPoint.schema.shape.point).min(1).max(500),
    startTime: TimeOfDaySchema.optional(),
    /** Where to insert; the end when left out. */
    index: z.number().int().min(0).optional(),
  },
  (draft, { points, startTime, index }) => {
    const ids = new Set<string>();
    for (const point of points) {
      assertNewId(draft.agenda, point.id);
      if (ids.has(point.id)) {
        throw new DomainError('duplicate-id', `Id ${point.id} is used twice`, { id: point.id });
      }
      ids.add(point.id);
    }
    const at = Math.min(index ?? draft.agenda.length, draft.agenda.length);
    draft.agenda.splice(at, 0, ...points.map((p) => newAgendaPoint(p)));
    if (draft.startTime === '' && startTime) draft.startTime = startTime;
  },
);
