import { findPoint } from '../../model/lookup';
import { AgendaPointSchema, IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** The problem statement and the citizen's / patient's perspective of a point. */
export const setClarification = defineCommand(
  'point.setClarification',
  {
    id: IdSchema,
    changes: AgendaPointSchema.pick({ problem: true, citizenPerspective: true }).partial(),
  },
  (draft, { id, changes }) => {
    Object.assign(findPoint(draft, id), changes);
  },
);
