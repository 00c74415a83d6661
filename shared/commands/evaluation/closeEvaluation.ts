import { DomainError } from '../../errors';
import { defineCommand } from '../defineCommand';

/** The facilitator closes scoring; paper scores can still be typed in afterwards. */
export const closeEvaluation = defineCommand('evaluation.close', {}, (draft) => {
  if (draft.evaluation.openForm === null) {
    throw new DomainError('invalid-command', 'No evaluation is open');
  }
  draft.evaluation.openForm = null;
});
