import { DomainError } from '../../errors';
import { EvaluationProjectionSchema } from '../../model/evaluation';
import { defineCommand } from '../defineCommand';

/** The facilitator puts a page of the evaluation on the projector, or takes it off. */
export const projectEvaluation = defineCommand(
  'evaluation.project',
  { view: EvaluationProjectionSchema },
  (draft, { view }) => {
    const evaluation = draft.evaluation;
    if (view === 'own' && evaluation.ownQuestions.length === 0) {
      throw new DomainError('invalid-command', 'There are no own questions to show');
    }
    if (view.startsWith('rc-') && evaluation.pairs.length === 0) {
      throw new DomainError('invalid-command', 'Set up the pairs of groups first');
    }
    evaluation.projector = view;
  },
);
