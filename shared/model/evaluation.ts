import { z } from 'zod';
import { EVALUATION_FORM_IDS } from '../evaluation/formIds';
import { EVALUATION_PROJECTIONS } from '../evaluation/projections';
import { IdSchema } from './ids';
import { OWN_QUESTION_MAX, RC_GROUP_MAX, WORKSHOP_TITLE_MAX } from './textLimits';
import { userText } from './text';

/**
 * Evaluating the collaboration (docs/method.md § Evaluating the collaboration, issue 8): the
 * PÅ TVÆRS questions 9–16 plus the users' own questions, and a relational-coordination survey
 * (Gittell) between pairs of groups in a before and an after round. Responses are anonymous: a
 * random id and scores, nothing else (no participant, no time), and they are kept sorted by their
 * random id so that not even their order says who answered when.
 */

/** 1 not at all … 5 to a very high degree. */
export const EvaluationScoreSchema = z.number().int().min(1).max(5);

/** The forms that can be open for scoring: one at a time. */
export const EvaluationFormIdSchema = z.enum(EVALUATION_FORM_IDS);
export type { EvaluationFormId } from '../evaluation/formIds';

/** A question the users added themselves, scored 1–5 beside PÅ TVÆRS 9–16. */
export const OwnQuestionSchema = z.object({
  id: IdSchema,
  text: userText(OWN_QUESTION_MAX).min(1),
});
export type OwnQuestion = z.infer<typeof OwnQuestionSchema>;

/** Pair ids are short so that `pairId.dimension` still fits an item id (64 characters). */
export const PairIdSchema = z.string().min(1).max(40);

/** Relational coordination from one group towards another (e.g. Kommune → Hospitalsafdeling). */
export const RcPairSchema = z.object({
  id: PairIdSchema,
  from: userText(RC_GROUP_MAX).min(1),
  to: userText(RC_GROUP_MAX).min(1),
});
export type RcPair = z.infer<typeof RcPairSchema>;

/** One anonymous response: item id → score; items left out were not answered. */
export const EvaluationResponseSchema = z.object({
  id: IdSchema,
  formId: EvaluationFormIdSchema,
  scores: z.record(IdSchema, EvaluationScoreSchema),
});
export type EvaluationResponse = z.infer<typeof EvaluationResponseSchema>;

/** Mean, standard deviation (population), min, max and count of one item's scores. */
export const ScoreSummarySchema = z.object({
  n: z.number().int().min(0),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});
export type ScoreSummary = z.infer<typeof ScoreSummarySchema>;

/** An earlier meeting of the series, as far as the trend needs it: its summary per question. */
export const MeetingEvaluationSchema = z.object({
  title: userText(WORKSHOP_TITLE_MAX),
  date: z.string().max(10),
  questions: z.array(
    ScoreSummarySchema.extend({ questionId: IdSchema, text: userText(OWN_QUESTION_MAX) }),
  ),
});
export type MeetingEvaluation = z.infer<typeof MeetingEvaluationSchema>;

/** What the projector shows of the evaluation: nothing, a page of results, or the survey. */
export const EvaluationProjectionSchema = z.enum(EVALUATION_PROJECTIONS);
export type { EvaluationProjection } from '../evaluation/projections';

export const EvaluationSchema = z.object({
  projector: EvaluationProjectionSchema.default('off'),
  openForm: EvaluationFormIdSchema.nullable().default(null),
  ownQuestions: z.array(OwnQuestionSchema).max(30).default([]),
  pairs: z.array(RcPairSchema).max(30).default([]),
  responses: z.array(EvaluationResponseSchema).max(5_000).default([]),
  /** Earlier meetings of the series, oldest first (carried over by the next meeting). */
  earlier: z.array(MeetingEvaluationSchema).max(100).default([]),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

export function emptyEvaluation(): Evaluation {
  return {
    projector: 'off',
    openForm: null,
    ownQuestions: [],
    pairs: [],
    responses: [],
    earlier: [],
  };
}
