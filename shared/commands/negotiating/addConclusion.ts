import { assertNewId, findPoint } from '../../model/lookup';
import { ConclusionSchema } from '../../model/contributions';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** One decision of the point's conclusion (Konklusion). */
export const addConclusion = defineCommand(
  'conclusion.add',
  { pointId: IdSchema, conclusion: ConclusionSchema },
  (draft, { pointId, conclusion }) => {
    const point = findPoint(draft, pointId);
    assertNewId(point.conclusions, conclusion.id);
    point.conclusions.push(conclusion);
  },
);
