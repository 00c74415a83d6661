import { removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const removeIdea = defineCommand('idea.remove', { id: IdSchema }, (draft, { id }) => {
  removeFrom(draft.ideas, id, 'idea');
  // Only the dots on this idea go, one by one: rewriting the whole list would make every
  // removal touch every dot, and two people's removals refuse each other's undo.
  for (let i = draft.dots.length - 1; i >= 0; i--) {
    if (draft.dots[i]?.targetId === id) draft.dots.splice(i, 1);
  }
  for (const action of draft.actions) if (action.sourceId === id) action.sourceId = null;
});
