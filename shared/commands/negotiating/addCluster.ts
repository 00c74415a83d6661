import { z } from 'zod';
import { DomainError } from '../../errors';
import { ClusterSchema } from '../../model/ideas';
import { assertNewId, findIn, findPoint } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** A new cluster, optionally made at once from ideas dropped together. */
export const addCluster = defineCommand(
  'cluster.add',
  {
    id: IdSchema,
    pointId: IdSchema,
    name: ClusterSchema.shape.name,
    ideaIds: z.array(IdSchema).optional(),
  },
  (draft, { id, pointId, name, ideaIds }) => {
    assertNewId(draft.clusters, id);
    findPoint(draft, pointId);
    draft.clusters.push({ id, pointId, name });
    for (const ideaId of ideaIds ?? []) {
      const idea = findIn(draft.ideas, ideaId, 'idea');
      if (idea.pointId !== pointId) {
        throw new DomainError('invalid-command', 'A cluster holds ideas of its own agenda point');
      }
      idea.clusterId = id;
    }
  },
);
