import { z } from 'zod';
import { DomainError } from '../../errors';
import { formItems } from '../../evaluation/forms';
import { EvaluationFormIdSchema, EvaluationScoreSchema } from '../../model/evaluation';
import { assertWithinLimit, LIMITS } from '../../model/limits';
import { assertNewId } from '../../model/lookup';
import { IdSchema } from '../../model/ids';
import { defineCommand } from '../defineCommand';

/**
 * One anonymous response: a random id and scores per item, nothing that points to a person.
 * From a phone the form must be open; scores typed in from paper may come after it closed.
 */
export const recordScores = defineCommand(
  'evaluation.score',
  {
    responseId: IdSchema,
    formId: EvaluationFormIdSchema,
    scores: z.record(IdSchema, EvaluationScoreSchema),
    fromPaper: z.boolean(),
  },
  (draft, { responseId, formId, scores, fromPaper }) => {
    const evaluation = draft.evaluation;
    if (!fromPaper && evaluation.openForm !== formId) {
      throw new DomainError('invalid-command', `The form ${formId} is not open for scoring`);
    }
    const known = new Set(formItems(evaluation, formId, 'da').map((i) => i.id));
    const itemIds = Object.keys(scores);
    if (itemIds.length === 0) throw new DomainError('invalid-command', 'No score was given');
    for (const itemId of itemIds) {
      if (!known.has(itemId)) {
        throw new DomainError('not-found', `No item ${itemId} in the form ${formId}`, { itemId });
      }
    }
    assertNewId(evaluation.responses, responseId);
    assertWithinLimit(
      evaluation.responses.length,
      LIMITS.evaluationResponses,
      'evaluation.responses',
      'evaluation responses in a workshop',
    );
    // Sorted by the random id: the stored order says nothing about who answered when.
    const at = evaluation.responses.findIndex((r) => r.id > responseId);
    const response = { id: responseId, formId, scores: { ...scores } };
    if (at < 0) evaluation.responses.push(response);
    else evaluation.responses.splice(at, 0, response);
  },
);
