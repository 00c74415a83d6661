import { buildEvaluationRecord, type EvaluationRecord } from '../evaluation/evaluationRecord';
import { IDEA_KILLERS } from '../ideaKillers/catalogue';
import type { Position, PositionKind } from '../model/contributions';
import type { MinutesOptions } from '../model/minutesOptions';
import type { AgendaPoint, Workshop } from '../model/workshop';
import { parseTimeOfDay, schedule } from '../programme/schedule';
import { ROOM_IDS } from '../roomCatalogue';
import { dotResults } from '../selectors/dotResults';
import { killerTally } from '../selectors/killerTally';
import { isBreak, pointNumbers, type ActionRow } from './actionRows';
import type { ExportStrings } from '../i18n/exportStrings';
import { clockText, longDate } from '../i18n/recordDates';
import type { Language } from '../languages';
import { notesBlocks, type NotesBlock } from './notesBlocks';

/** The minutes (referat) in the structure of docs/method.md § The minutes, in words. */
export interface Minutes {
  title: string;
  dateText: string;
  timeText: string;
  place: string;
  participants: MinutesParticipant[];
  chair: string;
  secretary: string;
  points: MinutesPoint[];
  /** null: the idea killers are left out (minutes options). */
  killers: KillerSummary | null;
  /** The evaluation of the collaboration; null when left out or nobody scored it. */
  evaluation: EvaluationRecord | null;
  plannedTotal: number;
  usedTotal: number;
}

export interface MinutesParticipant {
  name: string;
  title: string;
  organisation: string;
  /** false: sent regrets (AFBUD). */
  present: boolean;
}

export interface MinutesIdea {
  text: string;
  /** '' when unknown or left out (minutes options). */
  author: string;
  /** null: the dot counts are left out (minutes options). */
  dots: number | null;
  /** The ideas of a cluster; empty for an idea. */
  members: MinutesIdea[];
}

export interface MinutesPosition {
  kind: PositionKind;
  text: string;
  heldBy: string;
}

export interface MinutesPoint {
  id: string;
  number: number;
  /** "Ad 1. Velkomst og godkendelse af dagsorden". */
  heading: string;
  title: string;
  presenter: string;
  purposeText: string;
  /** The secretary's own words on the point, shown under its heading before the rooms' work. */
  notes: NotesBlock[];
  problem: string;
  citizenPerspective: string;
  questions: string[];
  /** Clusters and loose ideas, most dots first. */
  ideas: MinutesIdea[];
  /** Positions and feedback; agreements and disagreements kept apart, as the method asks. */
  pointsMade: MinutesPosition[];
  agreements: MinutesPosition[];
  disagreements: MinutesPosition[];
  conclusions: string[];
  actions: ActionRow[];
  plannedMinutes: number;
  /** Whole minutes used; null for a point not started. */
  usedMinutes: number | null;
  plannedTimeText: string;
}

export interface TallyLine {
  label: string;
  count: number;
}

export interface KillerSummary {
  total: number;
  byKiller: TallyLine[];
  /** Empty unless the minutes options name who said an idea killer. */
  byPerson: TallyLine[];
  byRoom: TallyLine[];
}

/** Strip the dot counts, all the way down, when the minutes leave them out. */
function withoutDots(ideas: MinutesIdea[]): MinutesIdea[] {
  return ideas.map((i) => ({ ...i, dots: null, members: withoutDots(i.members) }));
}

function ideasOf(
  workshop: Workshop,
  point: AgendaPoint,
  names: Map<string, string>,
  options: MinutesOptions,
): MinutesIdea[] {
  if (options.ideas === 'none') return [];
  const results = dotResults(point.id, workshop.ideas, workshop.clusters, workshop.dots);
  const dots = new Map(results.map((r) => [r.targetId, r.dots]));
  // Still most dots first when the counts are left out: the order is the group's priority.
  const byDots = (a: MinutesIdea, b: MinutesIdea) => (b.dots ?? 0) - (a.dots ?? 0);
  const idea = (i: (typeof workshop.ideas)[number]): MinutesIdea => ({
    text: i.text,
    author: !options.authors || i.authorId === null ? '' : (names.get(i.authorId) ?? ''),
    dots: dots.get(i.id) ?? 0,
    members: [],
  });
  const mine = workshop.ideas.filter((i) => i.pointId === point.id);
  const clusters = workshop.clusters
    .filter((c) => c.pointId === point.id)
    .map((c): MinutesIdea => {
      const members = mine
        .filter((i) => i.clusterId === c.id)
        .map(idea)
        .sort(byDots);
      // A cluster's dots are its own and its ideas': the group may have dotted either.
      const total = (dots.get(c.id) ?? 0) + members.reduce((sum, m) => sum + (m.dots ?? 0), 0);
      return { text: c.name, author: '', dots: total, members };
    });
  const clusterIds = new Set(workshop.clusters.map((c) => c.id));
  const loose =
    options.ideas === 'clustered'
      ? []
      : mine.filter((i) => i.clusterId === null || !clusterIds.has(i.clusterId)).map(idea);
  const ideas = [...clusters, ...loose].sort(byDots);
  return options.dots ? ideas : withoutDots(ideas);
}

function tally(counts: Map<string, number>, label: (key: string) => string): TallyLine[] {
  return [...counts].map(([key, count]) => ({ label: label(key), count }));
}

function killers(
  workshop: Workshop,
  strings: ExportStrings,
  language: Language,
  names: Map<string, string>,
  options: MinutesOptions,
): KillerSummary | null {
  if (options.killers === 'omitted') return null;
  const t = killerTally(workshop.killerFlags);
  const byKiller = [...t.byKiller]
    .sort((a, b) => a[0] - b[0])
    .map(([id, count]) => {
      const killer = IDEA_KILLERS.find((k) => k.id === id);
      return { label: killer ? `${id}. ${killer[language]}` : `${id}.`, count };
    });
  // Who said one is for the room (the yellow card); minutes name them only when asked to.
  const byPerson =
    options.killers === 'named'
      ? tally(t.byPerson, (id) => names.get(id) ?? strings.minutes.unnamed).sort(
          (a, b) => b.count - a.count,
        )
      : [];
  const rooms = [...ROOM_IDS, ''] as const;
  const byRoom = rooms.flatMap((room) => {
    const count = t.byRoom.get(room) ?? 0;
    if (count === 0) return [];
    return [{ label: room === '' ? strings.minutes.noRoom : strings.rooms[room], count }];
  });
  return { total: t.total, byKiller, byPerson, byRoom };
}

function positionsOf(
  positions: readonly Position[],
  kinds: readonly PositionKind[],
  names: Map<string, string>,
): MinutesPosition[] {
  return positions
    .filter((p) => kinds.includes(p.kind))
    .map((p) => ({
      kind: p.kind,
      text: p.text,
      heldBy: p.heldBy === null ? '' : (names.get(p.heldBy) ?? ''),
    }));
}

/**
 * Build the minutes from the workshop, its sorted action rows and the time `now` (for a running
 * point), with what `options` leaves in: every minutes format follows them from here.
 */
export function buildMinutes(
  workshop: Workshop,
  rows: readonly ActionRow[],
  strings: ExportStrings,
  language: Language,
  now: number,
  options: MinutesOptions,
): Minutes {
  const names = new Map(workshop.participants.map((p) => [p.id, p.name]));
  const numbers = pointNumbers(workshop.agenda);
  // Planned times do not depend on the zone; only the projected ones (unused here) would.
  const plan = schedule(workshop.startTime, workshop.agenda, now, 0);
  const times = new Map(plan.points.map((s) => [s.pointId, s]));
  const start = parseTimeOfDay(workshop.startTime);
  const points = workshop.agenda
    .filter((point) => !isBreak(point))
    .map((point): MinutesPoint => {
      const number = numbers.get(point.id) ?? 0;
      const time = times.get(point.id);
      const started = point.status !== 'pending';
      return {
        id: point.id,
        number,
        heading: `${strings.minutes.ad} ${number}. ${point.title}`,
        title: point.title,
        presenter: point.presenter,
        purposeText: strings.purpose[point.purpose],
        notes: notesBlocks(point.notes),
        problem: point.problem,
        citizenPerspective: point.citizenPerspective,
        questions: point.questions.map((q) => q.text),
        ideas: ideasOf(workshop, point, names, options),
        pointsMade: positionsOf(point.positions, ['position', 'feedback'], names),
        agreements: positionsOf(point.positions, ['agreement'], names),
        disagreements: positionsOf(point.positions, ['disagreement'], names),
        conclusions: point.conclusions.map((c) => c.text),
        actions: rows.filter((r) => r.pointId === point.id),
        plannedMinutes: point.plannedMinutes,
        usedMinutes: started && time ? Math.round(time.usedMinutes) : null,
        plannedTimeText:
          start !== null && time ? clockText(time.plannedStart, language, time.plannedEnd) : '',
      };
    });
  return {
    title: workshop.title,
    dateText: longDate(workshop.date, language),
    timeText: start === null ? '' : clockText(start, language, plan.plannedEnd),
    place: workshop.place,
    participants: workshop.participants.map((p) => ({
      name: p.name,
      title: p.title,
      organisation: p.organisation,
      present: p.present,
    })),
    chair: workshop.facilitator,
    secretary: workshop.secretary,
    points,
    killers: killers(workshop, strings, language, names, options),
    evaluation: options.evaluation ? buildEvaluationRecord(workshop, language) : null,
    plannedTotal: points.reduce((sum, p) => sum + p.plannedMinutes, 0),
    usedTotal: points.reduce((sum, p) => sum + (p.usedMinutes ?? 0), 0),
  };
}
