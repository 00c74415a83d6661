import { z } from 'zod';
import { IdSchema } from './ids';

export const TurnModeSchema = z.enum(['round-robin', 'free']);
export type TurnMode = z.infer<typeof TurnModeSchema>;

export const TurnEventSchema = z.object({
  /**
   * Names the event for undo by id (shared/stepFootprint.ts): two people taking turns one after
   * the other each undo their own. Absent in files from before it.
   */
  // Longer than an id: it is made from ids (turnFlow.ts takeTurn).
  id: z.string().min(1).max(160).optional(),
  participantId: IdSchema,
  /** idea: gave one; spoke: had the word without a written idea; pass; skip: not asked this time. */
  kind: z.enum(['idea', 'spoke', 'pass', 'skip']),
  round: z.number().int().min(1),
  at: z.number(),
});
export type TurnEvent = z.infer<typeof TurnEventSchema>;

/**
 * Ideas in turn, so every voice is heard (docs/method.md § Exercises, rounds and turns). The order
 * holds present participants; a round is one pass through it; the turns end when everyone has
 * passed in a row.
 */
export const TurnsSchema = z.object({
  mode: TurnModeSchema,
  order: z.array(IdSchema),
  index: z.number().int().min(0),
  round: z.number().int().min(1),
  passesInARow: z.number().int().min(0),
  ended: z.boolean(),
  log: z.array(TurnEventSchema),
});
export type Turns = z.infer<typeof TurnsSchema>;

export function newTurns(order: string[]): Turns {
  return { mode: 'round-robin', order, index: 0, round: 1, passesInARow: 0, ended: false, log: [] };
}
