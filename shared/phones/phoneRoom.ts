import type { RoomId } from '../rooms';
import type { AgendaPoint, Workshop } from '../model/workshop';

/** The running point, if any: what every phone looks at. */
export function runningPoint(workshop: Workshop): AgendaPoint | null {
  if (workshop.activePointId === null) return null;
  return workshop.agenda.find((p) => p.id === workshop.activePointId) ?? null;
}

/** The room the running point is in now; null between rooms or with no point running. */
export function currentRoom(point: AgendaPoint | null): RoomId | null {
  if (!point || point.roomIndex === null) return null;
  return point.roomPlan[point.roomIndex] ?? null;
}
