import { findPoint } from '../model/lookup';
import { updateSchema } from '../model/updateSchema';
import { AgendaPointSchema, IdSchema } from '../model/workshop';
import { defaultRoomPlan } from '../rooms';
import { defineCommand } from './defineCommand';

export const updatePoint = defineCommand(
  'agenda.update',
  {
    id: IdSchema,
    changes: updateSchema(
      AgendaPointSchema.pick({
        title: true,
        purpose: true,
        plannedMinutes: true,
        presenter: true,
        kind: true,
        description: true,
      }),
    ),
  },
  (draft, { id, changes }) => {
    const point = findPoint(draft, id);
    // A new purpose brings its default room plan, unless the point is already under way.
    if (changes.purpose && changes.purpose !== point.purpose && point.status === 'pending') {
      point.roomPlan = defaultRoomPlan(changes.purpose);
    }
    if (changes.plannedMinutes !== undefined)
      point.timer.duration = changes.plannedMinutes * 60_000;
    Object.assign(point, changes);
  },
);
