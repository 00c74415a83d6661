import { findIn } from '../../model/lookup';
import { IdeaSchema } from '../../model/ideas';
import { updateSchema } from '../../model/updateSchema';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const updateIdea = defineCommand(
  'idea.update',
  { id: IdSchema, changes: updateSchema(IdeaSchema.pick({ text: true, authorId: true })) },
  (draft, { id, changes }) => {
    Object.assign(findIn(draft.ideas, id, 'idea'), changes);
  },
);
