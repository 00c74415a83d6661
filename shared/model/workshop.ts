import { z } from 'zod';
import { defaultRoomPlan, PurposeSchema, RoomIdSchema, type Purpose, type RoomId } from '../rooms';
import { newTimer, TimerSchema } from '../timer';
import { ActionSchema } from './actions';
import {
  ConclusionSchema,
  KillerFlagSchema,
  PositionSchema,
  QuestionSchema,
} from './contributions';
import { IdSchema } from './ids';
import {
  ORGANISATION_MAX,
  PARTICIPANT_NAME_MAX,
  PARTICIPANT_TITLE_MAX,
  POINT_DESCRIPTION_MAX,
  POINT_NOTES_MAX,
  POINT_TITLE_MAX,
  PRESENTER_MAX,
  PROBLEM_MAX,
  WORKSHOP_PLACE_MAX,
  WORKSHOP_ROLE_MAX,
  WORKSHOP_TITLE_MAX,
} from './textLimits';
import { ExerciseSchema } from './exercises';
import { emptyEvaluation, EvaluationSchema } from './evaluation';
import { DEFAULT_DOTS_PER_PERSON } from './dotVoting';
import { ClusterSchema, DotSchema, IdeaSchema } from './ideas';
import { defaultMinutesOptions, MinutesOptionsSchema } from './minutesOptions';
import { SectorSchema } from './sectors';
import { userText } from './text';
import { TurnsSchema } from './turns';

export { IdSchema };

export const ParticipantSchema = z.object({
  id: IdSchema,
  name: userText(PARTICIPANT_NAME_MAX).min(1),
  title: userText(PARTICIPANT_TITLE_MAX),
  organisation: userText(ORGANISATION_MAX),
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

/** item: worked on; break: a pause in the programme (no rooms, but it takes time). */
export const PointKindSchema = z.enum(['item', 'break']);
export type PointKind = z.infer<typeof PointKindSchema>;

const minutesSchema = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);

/**
 * The speaker's turn timer when turns have a time each. It belongs to one turn (`holder` at `turn`
 * = the turn log's length); once the turn passes on, the next holder's turn is read from the turn
 * log (see currentTurnTimer in programme/timerTargets.ts), so passing the turn needs no timer
 * bookkeeping.
 */
export const TurnTimerSchema = z.object({
  perTurnMs: z
    .number()
    .int()
    .min(1_000)
    .max(60 * 60_000),
  holder: IdSchema.nullable(),
  turn: z.number().int().min(0),
  /**
   * The id of the turn log's last event when this turn began: an earlier turn undone on another
   * laptop shortens the log, not this. Absent in files from before turn events had ids.
   */
  after: z.string().min(1).max(160).nullable().optional(),
  timer: TimerSchema,
});
export type TurnTimer = z.infer<typeof TurnTimerSchema>;

export const AgendaPointSchema = z.object({
  id: IdSchema,
  title: userText(POINT_TITLE_MAX).min(1),
  purpose: PurposeSchema,
  plannedMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  presenter: userText(PRESENTER_MAX),
  roomPlan: z.array(RoomIdSchema).min(1).max(12),
  status: PointStatusSchema,
  /** Index into roomPlan while the point is active; null otherwise. */
  roomIndex: z.number().int().min(0).nullable(),
  timer: TimerSchema,
  visits: z.array(RoomVisitSchema),
  /** Clarifying room: what we want to solve and why, seen from the citizen / patient. */
  problem: userText(PROBLEM_MAX),
  citizenPerspective: userText(PROBLEM_MAX),
  questions: z.array(QuestionSchema),
  /** Developing room: ideas in turn; null until turns are set up. */
  turns: TurnsSchema.nullable(),
  /** Negotiating room. */
  dotsPerPerson: z.number().int().min(0).max(50),
  positions: z.array(PositionSchema),
  conclusions: z.array(ConclusionSchema),
  // Time (issue 5). Defaults keep files written before these fields readable.
  kind: PointKindSchema.default('item'),
  /** The programme's details for the item: who presents, what it is about. */
  description: userText(POINT_DESCRIPTION_MAX).default(''),
  /** Optional minutes per room; a room with a budget has a timer in `roomTimers`. */
  roomBudgets: z.partialRecord(RoomIdSchema, minutesSchema).default({}),
  roomTimers: z.partialRecord(RoomIdSchema, TimerSchema).default({}),
  turnTimer: TurnTimerSchema.nullable().default(null),
  exercises: z.array(ExerciseSchema).max(50).default([]),
  /** Negotiating room (issue 8): phones see the dot counts only once the facilitator reveals them. */
  votesRevealed: z.boolean().default(false),
  /** The minutes' own words on the point (docs/method.md § The minutes): paragraphs and bullets. */
  notes: userText(POINT_NOTES_MAX).default(''),
});
export type AgendaPoint = z.infer<typeof AgendaPointSchema>;

/** yyyy-mm-dd, or empty while not yet set. */
export const DateSchema = z.union([z.literal(''), z.iso.date()]);
/** 24-hour hh:mm, or empty. */
export const TimeOfDaySchema = z.union([
  z.literal(''),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
]);

/** An earlier meeting of the series, as the next one knows it (series/nextMeeting.ts). */
export const SeriesMeetingSchema = z.object({
  workshopId: IdSchema,
  number: z.number().int().min(1).max(999),
  title: userText(WORKSHOP_TITLE_MAX),
  date: DateSchema,
});
export type SeriesMeeting = z.infer<typeof SeriesMeetingSchema>;

/**
 * The meetings of one forum, one workshop (file) each
 * (docs/method.md § Trial actions and follow-up between meetings). `number` is this meeting's;
 * `meetings` the earlier ones, oldest first; `followUpPointId` the agenda point where the carried
 * actions are followed up.
 */
export const SeriesSchema = z.object({
  id: IdSchema,
  number: z.number().int().min(1).max(999),
  meetings: z.array(SeriesMeetingSchema).max(999),
  followUpPointId: IdSchema.nullable(),
});
export type Series = z.infer<typeof SeriesSchema>;

export const WorkshopSchema = z.object({
  id: IdSchema,
  title: userText(WORKSHOP_TITLE_MAX),
  date: DateSchema,
  startTime: TimeOfDaySchema,
  place: userText(WORKSHOP_PLACE_MAX),
  /** Mødeleder. */
  facilitator: userText(WORKSHOP_ROLE_MAX),
  /** Referent / sekretariat. */
  secretary: userText(WORKSHOP_ROLE_MAX),
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
  /** Evaluating the collaboration (issue 8): PÅ TVÆRS and relational coordination. */
  evaluation: EvaluationSchema.default(emptyEvaluation),
  /** null: a meeting on its own (or the first of a series not yet continued). */
  series: SeriesSchema.nullable().default(null),
  /** What the secretariat puts into the minutes (Markdown, Word, PDF). */
  minutesOptions: MinutesOptionsSchema.default(defaultMinutesOptions),
});
export type Workshop = z.infer<typeof WorkshopSchema>;

export { DEFAULT_DOTS_PER_PERSON } from './dotVoting';

export interface NewPoint {
  id: string;
  title: string;
  purpose: Purpose;
  plannedMinutes: number;
  presenter: string;
  roomPlan?: RoomId[] | undefined;
  kind?: PointKind | undefined;
  description?: string | undefined;
}

/** A pending point with nothing recorded yet: the one place a point is made. */
export function newAgendaPoint(p: NewPoint): AgendaPoint {
  return {
    id: p.id,
    title: p.title,
    purpose: p.purpose,
    plannedMinutes: p.plannedMinutes,
    presenter: p.presenter,
    roomPlan: p.roomPlan ?? defaultRoomPlan(p.purpose),
    status: 'pending',
    roomIndex: null,
    timer: newTimer(p.plannedMinutes * 60_000),
    visits: [],
    problem: '',
    citizenPerspective: '',
    questions: [],
    turns: null,
    dotsPerPerson: DEFAULT_DOTS_PER_PERSON,
    positions: [],
    conclusions: [],
    kind: p.kind ?? 'item',
    description: p.description ?? '',
    roomBudgets: {},
    roomTimers: {},
    turnTimer: null,
    exercises: [],
    votesRevealed: false,
    notes: '',
  };
}

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
    evaluation: emptyEvaluation(),
    series: null,
    minutesOptions: defaultMinutesOptions(),
  };
}
