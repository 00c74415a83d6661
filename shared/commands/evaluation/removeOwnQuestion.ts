import { removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/ids';
import { defineCommand } from '../defineCommand';

/** Removes an own question and its scores (undo brings both back). */
export const removeOwnQuestion = defineCommand(
  'evaluation.removeQuestion',
  { id: IdSchema },
  (draft, { id }) => {
    const evaluation = draft.evaluation;
    removeFrom(evaluation.ownQuestions, id, 'question');
    if (evaluation.ownQuestions.length === 0 && evaluation.projector === 'own') {
      evaluation.projector = 'off';
    }
    for (const response of evaluation.responses) delete response.scores[id];
    evaluation.responses = evaluation.responses.filter((r) => Object.keys(r.scores).length > 0);
  },
);
