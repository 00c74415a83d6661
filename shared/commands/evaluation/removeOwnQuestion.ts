import { removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/ids';
import { defineCommand } from '../defineCommand';

/** Removes an own question and its scores (undo brings both back). */
export const removeOwnQuestion = defineCommand(
  'evaluation.removeQuestion',
  { id: IdSchema },
  (draft, { id }) => {
    removeFrom(draft.evaluation.ownQuestions, id, 'question');
    for (const response of draft.evaluation.responses) delete response.scores[id];
    draft.evaluation.responses = draft.evaluation.responses.filter(
      (r) => Object.keys(r.scores).length > 0,
    );
  },
);
