import { z } from 'zod';
import { assertNewId } from '../model/lookup';
import { AgendaPointSchema, IdSchema, newAgendaPoint } from '../model/workshop';
import { RoomIdSchema } from '../rooms';
import { defineCommand } from './defineCommand';

export { DEFAULT_DOTS_PER_PERSON } from '../model/workshop';

export const addPoint = defineCommand(
  'agenda.add',
  {
    point: AgendaPointSchema.pick({
      title: true,
      purpose: true,
      plannedMinutes: true,
      presenter: true,
    }).extend({
      id: IdSchema,
      roomPlan: z.array(RoomIdSchema).min(1).max(12).optional(),
      kind: AgendaPointSchema.shape.kind.unwrap().optional(),
      description: AgendaPointSchema.shape.description.unwrap().optional(),
    }),
    /** Where to insert; the end when left out. */
    index: z.number().int().min(0).optional(),
  },
  (draft, { point, index }) => {
    assertNewId(draft.agenda, point.id);
    const at = Math.min(index ?? draft.agenda.length, draft.agenda.length);
    draft.agenda.splice(at, 0, newAgendaPoint(point));
  },
);
