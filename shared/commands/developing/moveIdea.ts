import { findIn, findPoint } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';
import { dropDotsOn } from './dropDotsOn';

/** Move an idea to another agenda point; its cluster and dots belonged to the old point. */
export const moveIdea = defineCommand(
  'idea.move',
  { id: IdSchema, pointId: IdSchema },
  (draft, { id, pointId }) => {
    const idea = findIn(draft.ideas, id, 'idea');
    findPoint(draft, pointId);
    if (idea.pointId === pointId) return;
    idea.pointId = pointId;
    idea.clusterId = null;
    dropDotsOn(draft, id);
  },
);
