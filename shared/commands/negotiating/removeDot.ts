import { removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const removeDot = defineCommand('dot.remove', { id: IdSchema }, (draft, { id }) => {
  removeFrom(draft.dots, id, 'dot');
});
