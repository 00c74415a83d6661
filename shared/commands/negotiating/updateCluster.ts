import { z } from 'zod';
import { ClusterSchema } from '../../model/ideas';
import { findIn, removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** Rename a cluster, or dissolve it: its ideas stay, unclustered; dots on it go. */
export const updateCluster = defineCommand(
  'cluster.update',
  { id: IdSchema, name: ClusterSchema.shape.name.optional(), remove: z.boolean().optional() },
  (draft, { id, name, remove }) => {
    if (remove) {
      removeFrom(draft.clusters, id, 'cluster');
      for (const idea of draft.ideas) if (idea.clusterId === id) idea.clusterId = null;
      draft.dots = draft.dots.filter((d) => d.targetId !== id);
      for (const action of draft.actions) if (action.sourceId === id) action.sourceId = null;
      return;
    }
    if (name !== undefined) findIn(draft.clusters, id, 'cluster').name = name;
  },
);
