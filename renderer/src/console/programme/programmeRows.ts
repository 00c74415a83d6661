import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import { pointTimes, type PointTime } from '../../../../shared/programme/roomTimes';
import {
  schedule,
  shrinkToFit,
  type Schedule,
  type ScheduledPoint,
} from '../../../../shared/programme/schedule';

export interface ProgrammeRow {
  point: AgendaPoint;
  at: ScheduledPoint;
  time: PointTime;
  /** What the point would have to shrink to for the day to end on time; null: no need. */
  shrinkTo: number | null;
}

export interface Programme {
  rows: ProgrammeRow[];
  schedule: Schedule;
  /** The meeting has begun: actual and projected times mean something. */
  started: boolean;
}

/** The programme on the clock at `now`: planned, actual and projected, and what would shrink. */
export function programmeAt(
  workshop: Pick<Workshop, 'agenda' | 'startTime'>,
  now: number,
): Programme {
  const { agenda } = workshop;
  const plan = schedule(workshop.startTime, agenda, now, new Date(now).getTimezoneOffset());
  const times = pointTimes(agenda, now);
  const started = agenda.some((p) => p.status !== 'pending');
  const shrink = new Map(
    shrinkToFit(agenda, started ? plan.delayMinutes : 0).map((s) => [s.pointId, s.minutes]),
  );
  const rows = agenda.map((point, i) => {
    const to = shrink.get(point.id);
    return {
      point,
      at: plan.points[i]!,
      time: times[i]!,
      shrinkTo: to === undefined || to >= point.plannedMinutes ? null : to,
    };
  });
  return { rows, schedule: plan, started };
}
