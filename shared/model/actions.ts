import { z } from 'zod';
import { IdSchema } from './ids';

export const ActionStatusSchema = z.enum(['open', 'in-progress', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** When: a date, or "at the next meeting"; null until agreed (and then marked as missing). */
export const DueSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('date'), date: z.iso.date() }),
    z.object({ kind: z.literal('next-meeting') }),
  ])
  .nullable();
export type Due = z.infer<typeof DueSchema>;

/**
 * An action's status as it stood at one meeting of a series, with that meeting's note: the
 * progress a leader follows from meeting to meeting (DOMAIN.md §6). `meeting` is the series
 * number of the meeting.
 */
export const ActionHistoryEntrySchema = z.object({
  meeting: z.number().int().min(1).max(999),
  date: z.union([z.literal(''), z.iso.date()]),
  status: ActionStatusSchema,
  note: z.string().trim().max(1000),
});
export type ActionHistoryEntry = z.infer<typeof ActionHistoryEntrySchema>;

/** Acting room: who does what by when (DOMAIN.md §1, §6). */
export const ActionSchema = z.object({
  id: IdSchema,
  pointId: IdSchema.nullable(),
  what: z.string().trim().min(1).max(500),
  /** One or more participants, and/or an organisation. */
  ownerIds: z.array(IdSchema),
  ownerOrganisation: z.string().trim().max(160),
  due: DueSchema,
  followUp: z.string().trim().max(500),
  /** The idea or cluster it came from. */
  sourceId: IdSchema.nullable(),
  /** A trial action (prøvehandling), evaluated on its own date. */
  trial: z.boolean(),
  evaluationDate: z.union([z.literal(''), z.iso.date()]),
  status: ActionStatusSchema,
  createdAt: z.number(),
  /** One entry per meeting of a series it was followed up at, oldest first (series/). */
  history: z.array(ActionHistoryEntrySchema).max(999).default([]),
});
export type Action = z.infer<typeof ActionSchema>;

export function hasOwner(a: Pick<Action, 'ownerIds' | 'ownerOrganisation'>): boolean {
  return a.ownerIds.length > 0 || a.ownerOrganisation.trim() !== '';
}
