import { findPoint } from '../model/lookup';
import { AgendaPointSchema, IdSchema } from '../model/workshop';
import { defaultRoomPlan } from '../rooms';
import { defineCommand } from './defineCommand';

export const updatePoint = defineCommand(
  'agenda.update',
  {
    id: IdSchema,
    changes: AgendaPointSchema.pick({
      title: true,
      purpose: true,
      plannedMinutes: true,
      presenter: true,
    })
      .extend({
        // unwrap(): a default here would overwrite the point's value whenever it is left out.
        kind: AgendaPointSchema.shape.kind.unwrap(),
        description: AgendaPointSchema.shape.description.unwrap(),
      })
      .partial(),
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
