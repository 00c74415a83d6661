/**
 * What the projector can show of the evaluation, as plain data: no zod here, so the console
 * imports it without the schemas (shared/model/evaluation.ts builds EvaluationProjectionSchema
 * from the same list).
 */
export const EVALUATION_PROJECTIONS = [
  'off',
  'meetings', // PÅ TVÆRS 9–12
  'between', // PÅ TVÆRS 13–16
  'own', // the users' own questions
  'rc-before',
  'rc-after',
  'rc-changes',
] as const;
export type EvaluationProjection = (typeof EVALUATION_PROJECTIONS)[number];

export function isEvaluationProjection(value: string): value is EvaluationProjection {
  return (EVALUATION_PROJECTIONS as readonly string[]).includes(value);
}
