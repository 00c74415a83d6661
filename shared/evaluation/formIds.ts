/**
 * The evaluation forms that can be open for scoring (one at a time), as plain data: no zod here,
 * so the phone page can tell them apart without the schemas (shared/model/evaluation.ts builds
 * EvaluationFormIdSchema from the same list).
 */
export const EVALUATION_FORM_IDS = ['pataevaers', 'relational-before', 'relational-after'] as const;
export type EvaluationFormId = (typeof EVALUATION_FORM_IDS)[number];

export function isEvaluationFormId(value: string): value is EvaluationFormId {
  return (EVALUATION_FORM_IDS as readonly string[]).includes(value);
}
