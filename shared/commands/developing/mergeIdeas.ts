import { z } from 'zod';
import { DomainError } from '../../errors';
import { IdeaSchema } from '../../model/ideas';
import { findIn, removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** Fold ideas into one: their dots and the actions made from them follow the merged idea. */
export const mergeIdeas = defineCommand(
  'idea.merge',
  { id: IdSchema, sourceIds: z.array(IdSchema).min(1), text: IdeaSchema.shape.text },
  (draft, { id, sourceIds, text }) => {
    const target = findIn(draft.ideas, id, 'idea');
    for (const sourceId of sourceIds) {
      if (sourceId === id)
        throw new DomainError('invalid-command', 'An idea cannot merge into itself');
      const source = findIn(draft.ideas, sourceId, 'idea');
      if (source.pointId !== target.pointId) {
        throw new DomainError(
          'invalid-command',
          'Only ideas of the same agenda point can be merged',
        );
      }
      removeFrom(draft.ideas, sourceId, 'idea');
    }
    target.text = text;
    const merged = new Set(sourceIds);
    for (const dot of draft.dots) if (merged.has(dot.targetId)) dot.targetId = id;
    for (const action of draft.actions) {
      if (action.sourceId !== null && merged.has(action.sourceId)) action.sourceId = id;
    }
  },
);
