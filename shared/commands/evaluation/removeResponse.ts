import { removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/ids';
import { defineCommand } from '../defineCommand';

/** Drops one response, e.g. a paper form typed in twice. */
export const removeResponse = defineCommand(
  'evaluation.removeResponse',
  { id: IdSchema },
  (draft, { id }) => {
    removeFrom(draft.evaluation.responses, id, 'response');
  },
);
