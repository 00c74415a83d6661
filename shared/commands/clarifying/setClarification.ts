import { findPoint } from '../../model/lookup';
import { updateSchema } from '../../model/updateSchema';
import { AgendaPointSchema, IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** The problem statement and the citizen's / patient's perspective of a point. */
export const setClarification = defineCommand(
  'point.setClarification',
  {
    id: IdSchema,
    changes: updateSchema(AgendaPointSchema.pick({ problem: true, citizenPerspective: true })),
  },
  (draft, { id, changes }) => {
    Object.assign(findPoint(draft, id), changes);
  },
);
