import { IDEA_KILLERS } from '../ideaKillers/catalogue';
import type { Position, PositionKind } from '../model/contributions';
import type { AgendaPoint, Workshop } from '../model/workshop';
import { parseTimeOfDay, schedule } from '../programme/schedule';
import { ROOM_IDS } from '../rooms';
import { dotResults } from '../selectors/dotResults';
import { killerTally } from '../selectors/killerTally';
import { isBreak, pointNumbers, type ActionRow } from './actionRows';
import type { ExportLanguage, ExportStrings } from './exportStrings';
import { clockText, longDate } from './formatDates';

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
  killers: KillerSummary;
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
  author: string;
  dots: number;
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
  byPerson: TallyLine[];
  byRoom: TallyLine[];
}

function ideasOf(
  workshop: Workshop,
  point: AgendaPoint,
  names: Map<string, string>,
): MinutesIdea[] {
  const results = dotResults(point.id, workshop.ideas, workshop.clusters, workshop.dots);
  const dots = new Map(results.map((r) => [r.targetId, r.dots]));
  const byDots = (a: MinutesIdea, b: MinutesIdea) => b.dots - a.dots;
  const idea = (i: (typeof workshop.ideas)[number]): MinutesIdea => ({
    text: i.text,
    author: i.authorId === null ? '' : (names.get(i.authorId) ?? ''),
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
      const total = (dots.get(c.id) ?? 0) + members.reduce((sum, m) => sum + m.dots, 0);
      return { text: c.name, author: '', dots: total, members };
    });
  const clusterIds = new Set(workshop.clusters.map((c) => c.id));
  const loose = mine.filter((i) => i.clusterId === null || !clusterIds.has(i.clusterId)).map(idea);
  return [...clusters, ...loose].sort(byDots);
}

function tally(counts: Map<string, number>, label: (key: string) => string): TallyLine[] {
  return [...counts].map(([key, count]) => ({ label: label(key), count }));
}

function killers(
  workshop: Workshop,
  strings: ExportStrings,
  language: ExportLanguage,
  names: Map<string, string>,
): KillerSummary {
  const t = killerTally(workshop.killerFlags);
  const byKiller = [...t.byKiller]
    .sort((a, b) => a[0] - b[0])
    .map(([id, count]) => {
      const killer = IDEA_KILLERS.find((k) => k.id === id);
      return { label: killer ? `${id}. ${killer[language]}` : `${id}.`, count };
    });
  const byPerson = tally(t.byPerson, (id) => names.get(id) ?? strings.minutes.unnamed).sort(
    (a, b) => b.count - a.count,
  );
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

/** Build the minutes from the workshop, its sorted action rows and the time `now` (for a running point). */
export function buildMinutes(
  workshop: Workshop,
  rows: readonly ActionRow[],
  strings: ExportStrings,
  language: ExportLanguage,
  now: number,
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
        problem: point.problem,
        citizenPerspective: point.citizenPerspective,
        questions: point.questions.map((q) => q.text),
        ideas: ideasOf(workshop, point, names),
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
    killers: killers(workshop, strings, language, names),
    plannedTotal: points.reduce((sum, p) => sum + p.plannedMinutes, 0),
    usedTotal: points.reduce((sum, p) => sum + (p.usedMinutes ?? 0), 0),
  };
}
