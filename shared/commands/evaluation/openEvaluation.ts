import { DomainError } from '../../errors';
import { EvaluationFormIdSchema } from '../../model/evaluation';
import { defineCommand } from '../defineCommand';

/** The facilitator opens one form for scoring on the phones (one at a time; another one closes). */
export const openEvaluation = defineCommand(
  'evaluation.open',
  { formId: EvaluationFormIdSchema },
  (draft, { formId }) => {
    if (formId !== 'pataevaers' && draft.evaluation.pairs.length === 0) {
      throw new DomainError(
        'invalid-command',
        'Set up the pairs of groups before the survey opens',
      );
    }
    draft.evaluation.openForm = formId;
  },
);
