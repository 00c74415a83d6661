import type { AgendaPoint, Workshop } from '../../../shared/model/workshop';
import type { RoomId } from '../../../shared/rooms';

export interface ActiveRoom {
  point: AgendaPoint | null;
  /** The point's place in the agenda. */
  index: number | null;
  room: RoomId | null;
}

/** The running point and the room the group is in, if any. */
export function activeRoom(workshop: Pick<Workshop, 'agenda' | 'activePointId'>): ActiveRoom {
  const index = workshop.agenda.findIndex((p) => p.id === workshop.activePointId);
  const point = workshop.agenda[index];
  if (!point) return { point: null, index: null, room: null };
  const room = point.roomIndex === null ? undefined : point.roomPlan[point.roomIndex];
  return { point, index, room: room ?? null };
}
