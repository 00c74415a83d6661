import { findIn } from '../../model/lookup';
import { IdeaSchema } from '../../model/ideas';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const updateIdea = defineCommand(
  'idea.update',
  { id: IdSchema, changes: IdeaSchema.pick({ text: true, authorId: true }).partial() },
  (draft, { id, changes }) => {
    Object.assign(findIn(draft.ideas, id, 'idea'), changes);
  },
);
