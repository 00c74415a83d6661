import { z } from 'zod';
import { RoomIdSchema } from '../rooms';
import { IdSchema } from './ids';
import { CONCLUSION_MAX, POSITION_MAX, QUESTION_MAX } from './textLimits';
import { userText } from './text';
import { POSITION_KINDS } from './positionKinds';

/** The viewpoints' kinds (shared/model/positionKinds.ts, zod-free). */
export * from './positionKinds';

/** An open question in the clarifying room, with who raised it. */
export const QuestionSchema = z.object({
  id: IdSchema,
  text: userText(QUESTION_MAX).min(1),
  askedBy: IdSchema.nullable(),
});
export type Question = z.infer<typeof QuestionSchema>;

/** Negotiating room: a viewpoint with who holds it; disagreements are kept as such. */
export const PositionKindSchema = z.enum(POSITION_KINDS);

export const PositionSchema = z.object({
  id: IdSchema,
  kind: PositionKindSchema,
  text: userText(POSITION_MAX).min(1),
  heldBy: IdSchema.nullable(),
});
export type Position = z.infer<typeof PositionSchema>;

export const ConclusionSchema = z.object({
  id: IdSchema,
  text: userText(CONCLUSION_MAX).min(1),
});
export type Conclusion = z.infer<typeof ConclusionSchema>;

/**
 * An idea killer, flagged when said: who, which one, when, in which room
 * (docs/method.md § The seven idea killers).
 */
export const KillerFlagSchema = z.object({
  id: IdSchema,
  killerId: z.number().int().min(1).max(99),
  participantId: IdSchema.nullable(),
  pointId: IdSchema.nullable(),
  room: RoomIdSchema.nullable(),
  at: z.number(),
});
export type KillerFlag = z.infer<typeof KillerFlagSchema>;
