import { WorkshopSchema, type Workshop } from '../../shared/model/workshop';
import { defaultRoomPlan } from '../../shared/rooms';
import { bigWorkshop } from '../fixtures/exports/bigWorkshop';

/** The point on screen in the rooms benchmark. */
export const LIVE_POINT = 'a0';

export interface RoomsWorkshopSize {
  ideas: number;
  clusters: number;
  actions: number;
}

export const ISSUE_4_SIZE: RoomsWorkshopSize = { ideas: 2_000, clusters: 300, actions: 500 };

/**
 * Issue 4's benchmark workshop (2,000 ideas, 300 clusters, 500 actions) with point a0 running in
 * the developing room, in free mode. Every idea is on a0: the worst case for the walls, which
 * show the running point's ideas. The clusters are spread over the 20 points; one idea in five
 * is in one of its point's clusters.
 */
export function roomsWorkshop(size: RoomsWorkshopSize = ISSUE_4_SIZE, now = Date.now()): Workshop {
  const base = bigWorkshop({ actions: size.actions, ideas: size.ideas });
  const points = base.agenda.length;
  const perPoint = Math.ceil(size.clusters / points);
  const clusters = Array.from({ length: size.clusters }, (_, i) => ({
    id: `c${i}`,
    pointId: base.agenda[i % points]!.id,
    name: `Klynge ${i}`,
  }));
  const live = clusters.filter((c) => c.pointId === LIVE_POINT);
  const ideas = base.ideas.map((idea, i) => ({
    ...idea,
    pointId: LIVE_POINT,
    clusterId:
      i % 5 === 0 && live.length > 0 ? live[(i / 5) % Math.min(perPoint, live.length)]!.id : null,
  }));
  const plan = defaultRoomPlan('development');
  const agenda = base.agenda.map((p, i) =>
    i === 0
      ? {
          ...p,
          purpose: 'development' as const,
          roomPlan: plan,
          status: 'active' as const,
          roomIndex: Math.max(0, plan.indexOf('developing')),
          timer: { startedAt: now, accumulated: 0, duration: 15 * 60_000 },
          turns: null,
        }
      : { ...p, status: 'pending' as const, roomIndex: null },
  );
  return WorkshopSchema.parse({
    ...base,
    agenda,
    activePointId: LIVE_POINT,
    clusters,
    ideas,
    dots: base.dots.map((d) => ({ ...d, pointId: LIVE_POINT })),
  });
}
