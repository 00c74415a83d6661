import { z } from 'zod';
import { PurposeSchema, RoomIdSchema } from '../rooms';
import { TimerSchema } from '../timer';
import { ActionSchema } from './actions';
import {
  ConclusionSchema,
  KillerFlagSchema,
  PositionSchema,
  QuestionSchema,
} from './contributions';
import { IdSchema } from './ids';
import { ClusterSchema, DotSchema, IdeaSchema } from './ideas';
import { SectorSchema } from './sectors';
import { TurnsSchema } from './turns';

export { IdSchema };

const text = (max: number) => z.string().trim().max(max);

export const ParticipantSchema = z.object({
  id: IdSchema,
  name: text(120).min(1),
  title: text(120),
  organisation: text(160),
  sector: SectorSchema.default('other'),
  /** false = sent regrets (AFBUD). */
  present: z.boolean(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const PointStatusSchema = z.enum(['pending', 'active', 'done']);
export type PointStatus = z.infer<typeof PointStatusSchema>;

/** One stay in one room: the record of where the time went. */
export const RoomVisitSchema = z.object({
  room: RoomIdSchema,
  enteredAt: z.number(),
  leftAt: z.number().nullable(),
});
export type RoomVisit = z.infer<typeof RoomVisitSchema>;

export const AgendaPointSchema = z.object({
  id: IdSchema,
  title: text(200).min(1),
  purpose: PurposeSchema,
  plannedMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  presenter: text(120),
  roomPlan: z.array(RoomIdSchema).min(1).max(12),
  status: PointStatusSchema,
  /** Index into roomPlan while the point is active; null otherwise. */
  roomIndex: z.number().int().min(0).nullable(),
  timer: TimerSchema,
  visits: z.array(RoomVisitSchema),
  /** Clarifying room: what we want to solve and why, seen from the citizen / patient. */
  problem: text(2000),
  citizenPerspective: text(2000),
  questions: z.array(QuestionSchema),
  /** Developing room: ideas in turn; null until turns are set up. */
  turns: TurnsSchema.nullable(),
  /** Negotiating room. */
  dotsPerPerson: z.number().int().min(0).max(50),
  positions: z.array(PositionSchema),
  conclusions: z.array(ConclusionSchema),
});
export type AgendaPoint = z.infer<typeof AgendaPointSchema>;

/** yyyy-mm-dd, or empty while not yet set. */
export const DateSchema = z.union([z.literal(''), z.iso.date()]);
/** 24-hour hh:mm, or empty. */
export const TimeOfDaySchema = z.union([
  z.literal(''),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
]);

export const WorkshopSchema = z.object({
  id: IdSchema,
  title: text(200),
  date: DateSchema,
  startTime: TimeOfDaySchema,
  place: text(200),
  /** Mødeleder. */
  facilitator: text(120),
  /** Referent / sekretariat. */
  secretary: text(120),
  participants: z.array(ParticipantSchema),
  agenda: z.array(AgendaPointSchema),
  activePointId: IdSchema.nullable(),
  /** Ideas, clusters and dots live at workshop level: an idea can move to another point. */
  ideas: z.array(IdeaSchema),
  clusters: z.array(ClusterSchema),
  dots: z.array(DotSchema),
  killerFlags: z.array(KillerFlagSchema),
  /** The who-does-what-when list of the whole workshop. */
  actions: z.array(ActionSchema),
});
export type Workshop = z.infer<typeof WorkshopSchema>;

export function emptyWorkshop(id: string): Workshop {
  return {
    id,
    title: '',
    date: '',
    startTime: '',
    place: '',
    facilitator: '',
    secretary: '',
    participants: [],
    agenda: [],
    activePointId: null,
    ideas: [],
    clusters: [],
    dots: [],
    killerFlags: [],
    actions: [],
  };
}
