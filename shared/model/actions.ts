import { z } from 'zod';
import { IdSchema } from './ids';
import {
  ACTION_FOLLOW_UP_MAX,
  ACTION_NOTE_MAX,
  ACTION_WHAT_MAX,
  ORGANISATION_MAX,
} from './textLimits';
import { userText } from './text';
import { ACTION_STATUSES } from './actionStatus';

/** The statuses and hasOwner (shared/model/actionStatus.ts, zod-free). */
export * from './actionStatus';

export const ActionStatusSchema = z.enum(ACTION_STATUSES);

/** When: a date, or "at the next meeting"; null until agreed (and then marked as missing). */
export const DueSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('date'), date: z.iso.date() }),
    z.object({ kind: z.literal('next-meeting') }),
  ])
  .nullable();
export type Due = z.infer<typeof DueSchema>;

/**
 * An action's status as it stood at one meeting of a series, with that meeting's note: the progress
 * a leader follows from meeting to meeting
 * (docs/method.md § Trial actions and follow-up between meetings). `meeting` is the series number
 * of the meeting.
 */
export const ActionHistoryEntrySchema = z.object({
  meeting: z.number().int().min(1).max(999),
  date: z.union([z.literal(''), z.iso.date()]),
  status: ActionStatusSchema,
  note: userText(ACTION_NOTE_MAX),
});
export type ActionHistoryEntry = z.infer<typeof ActionHistoryEntrySchema>;

/**
 * Acting room: who does what by when (docs/method.md § The four dialogue rooms; § Trial actions and
 * follow-up between meetings).
 */
export const ActionSchema = z.object({
  id: IdSchema,
  pointId: IdSchema.nullable(),
  what: userText(ACTION_WHAT_MAX).min(1),
  /** One or more participants, and/or an organisation. */
  ownerIds: z.array(IdSchema),
  ownerOrganisation: userText(ORGANISATION_MAX),
  due: DueSchema,
  followUp: userText(ACTION_FOLLOW_UP_MAX),
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
