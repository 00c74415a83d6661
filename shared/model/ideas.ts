import { z } from 'zod';
import { IdSchema } from './ids';
import { CLUSTER_NAME_MAX, IDEA_MAX } from './textLimits';
import { userText } from './text';

export const IdeaSchema = z.object({
  id: IdSchema,
  pointId: IdSchema,
  text: userText(IDEA_MAX).min(1),
  /** Who gave it; null when typed in free mode without a name. */
  authorId: IdSchema.nullable(),
  clusterId: IdSchema.nullable(),
  createdAt: z.number(),
});
export type Idea = z.infer<typeof IdeaSchema>;

export const ClusterSchema = z.object({
  id: IdSchema,
  pointId: IdSchema,
  name: userText(CLUSTER_NAME_MAX),
});
export type Cluster = z.infer<typeof ClusterSchema>;

/** One dot of a dot vote, on an idea or a cluster. */
export const DotSchema = z.object({
  id: IdSchema,
  pointId: IdSchema,
  targetId: IdSchema,
  /** null: entered by the facilitator for the room, not counted against anyone's dots. */
  participantId: IdSchema.nullable(),
});
export type Dot = z.infer<typeof DotSchema>;
