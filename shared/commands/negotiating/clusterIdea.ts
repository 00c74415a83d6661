import { DomainError } from '../../errors';
import { findIn } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** Drop an idea into a cluster, or (null) take it out again. */
export const clusterIdea = defineCommand(
  'idea.cluster',
  { id: IdSchema, clusterId: IdSchema.nullable() },
  (draft, { id, clusterId }) => {
    const idea = findIn(draft.ideas, id, 'idea');
    if (clusterId !== null) {
      const cluster = findIn(draft.clusters, clusterId, 'cluster');
      if (cluster.pointId !== idea.pointId) {
        throw new DomainError('invalid-command', 'A cluster holds ideas of its own agenda point');
      }
    }
    idea.clusterId = clusterId;
  },
);
