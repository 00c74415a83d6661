import type { AgendaPoint } from '../model/workshop';
import { elapsed, remaining } from '../timerClock';

/** One agenda point on the clock: planned, and (once under way) as it actually goes. */
export interface ScheduledPoint {
  pointId: string;
  /** Minutes after midnight. */
  plannedStart: number;
  plannedEnd: number;
  /** Where the point now falls: actual times for what has run, projected for the rest. */
  projectedStart: number;
  projectedEnd: number;
  /** Minutes actually used so far (0 for a point not started). */
  usedMinutes: number;
}

export interface Schedule {
  points: ScheduledPoint[];
  plannedEnd: number;
  projectedEnd: number;
  /** Positive: the group is behind; negative: ahead. */
  delayMinutes: number;
}

export function parseTimeOfDay(hhmm: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function minutesOfDay(epochMs: number, timeZoneOffsetMin: number): number {
  const local = epochMs / 60_000 - timeZoneOffsetMin;
  return ((local % 1440) + 1440) % 1440;
}

/**
 * The programme on the clock (docs/method.md § The programme): planned times from the start time
 * and each point's planned length; projected times from what has really happened, so an overrun
 * shifts the rest. `timeZoneOffsetMin` is Date#getTimezoneOffset() of the meeting's clock (pure
 * code has no zone).
 */
export function schedule(
  startTime: string,
  agenda: readonly AgendaPoint[],
  now: number,
  timeZoneOffsetMin: number,
): Schedule {
  const start = parseTimeOfDay(startTime) ?? 0;
  const nowOfDay = minutesOfDay(now, timeZoneOffsetMin);
  const started = agenda.some((p) => p.status !== 'pending');
  let planned = start;
  let projected = start;
  const points = agenda.map((point): ScheduledPoint => {
    const plannedStart = planned;
    planned += point.plannedMinutes;
    const used = point.status === 'pending' ? 0 : elapsed(point.timer, now) / 60_000;
    const first = point.visits[0];
    let projectedStart: number;
    let projectedEnd: number;
    if (point.status === 'pending' || !first) {
      // Once the meeting runs, nothing still to come can start in the past.
      projectedStart = started ? Math.max(projected, nowOfDay) : projected;
      projectedEnd = projectedStart + point.plannedMinutes;
    } else {
      projectedStart = minutesOfDay(first.enteredAt, timeZoneOffsetMin);
      // A running point ends when its timer does: extensions and pauses move the rest.
      projectedEnd =
        point.status === 'done'
          ? projectedStart + used
          : nowOfDay + Math.max(0, remaining(point.timer, now)) / 60_000;
    }
    projected = projectedEnd;
    return {
      pointId: point.id,
      plannedStart,
      plannedEnd: planned,
      projectedStart,
      projectedEnd,
      usedMinutes: used,
    };
  });
  return {
    points,
    plannedEnd: planned,
    projectedEnd: projected,
    delayMinutes: projected - planned,
  };
}

/**
 * Which pending points would have to shrink, and to what, for the day to end on time: the
 * delay is taken from them in proportion to their length (none shrinks below zero).
 */
export function shrinkToFit(
  agenda: readonly AgendaPoint[],
  delayMinutes: number,
): { pointId: string; minutes: number }[] {
  if (delayMinutes <= 0) return [];
  const pending = agenda.filter((p) => p.status === 'pending' && p.plannedMinutes > 0);
  const total = pending.reduce((sum, p) => sum + p.plannedMinutes, 0);
  if (total === 0) return [];
  const cut = Math.min(delayMinutes, total);
  return pending.map((p) => ({
    pointId: p.id,
    minutes: Math.max(0, Math.floor(p.plannedMinutes - (cut * p.plannedMinutes) / total)),
  }));
}
