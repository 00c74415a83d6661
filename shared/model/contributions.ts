import { z } from 'zod';
import { RoomIdSchema } from '../rooms';
import { IdSchema } from './ids';

/** An open question in the clarifying room, with who raised it. */
export const QuestionSchema = z.object({
  id: IdSchema,
  text: z.string().trim().min(1).max(500),
  askedBy: IdSchema.nullable(),
});
export type Question = z.infer<typeof QuestionSchema>;

/** Negotiating room: a viewpoint with who holds it; disagreements are kept as such. */
export const PositionKindSchema = z.enum(['position', 'feedback', 'agreement', 'disagreement']);
export type PositionKind = z.infer<typeof PositionKindSchema>;

export const PositionSchema = z.object({
  id: IdSchema,
  kind: PositionKindSchema,
  text: z.string().trim().min(1).max(1000),
  heldBy: IdSchema.nullable(),
});
export type Position = z.infer<typeof PositionSchema>;

export const ConclusionSchema = z.object({
  id: IdSchema,
  text: z.string().trim().min(1).max(500),
});
export type Conclusion = z.infer<typeof ConclusionSchema>;

/** An idea killer, flagged when said: who, which one, when, in which room (DOMAIN.md §2). */
export const KillerFlagSchema = z.object({
  id: IdSchema,
  killerId: z.number().int().min(1).max(99),
  participantId: IdSchema.nullable(),
  pointId: IdSchema.nullable(),
  room: RoomIdSchema.nullable(),
  at: z.number(),
});
export type KillerFlag = z.infer<typeof KillerFlagSchema>;
