import { assertNewId, findParticipant, findPoint } from '../../model/lookup';
import { PositionSchema } from '../../model/contributions';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** A viewpoint, feedback, agreement or disagreement, with who holds it: recorded, not smoothed over. */
export const addPosition = defineCommand(
  'position.add',
  { pointId: IdSchema, position: PositionSchema },
  (draft, { pointId, position }) => {
    const point = findPoint(draft, pointId);
    assertNewId(point.positions, position.id);
    if (position.heldBy !== null) findParticipant(draft, position.heldBy);
    point.positions.push(position);
  },
);
