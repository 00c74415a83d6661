import { removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';
import { dropDotsOn } from './dropDotsOn';

export const removeIdea = defineCommand('idea.remove', { id: IdSchema }, (draft, { id }) => {
  removeFrom(draft.ideas, id, 'idea');
  dropDotsOn(draft, id);
  for (const action of draft.actions) if (action.sourceId === id) action.sourceId = null;
});
