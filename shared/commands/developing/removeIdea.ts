import { removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const removeIdea = defineCommand('idea.remove', { id: IdSchema }, (draft, { id }) => {
  removeFrom(draft.ideas, id, 'idea');
  draft.dots = draft.dots.filter((d) => d.targetId !== id);
  for (const action of draft.actions) if (action.sourceId === id) action.sourceId = null;
});
