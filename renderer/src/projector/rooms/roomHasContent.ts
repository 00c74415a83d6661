import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import type { RoomId } from '../../../../shared/rooms';

/**
 * Whether the room has something of the point to show. Until it does, the projector keeps the
 * large room identity (name, guidance) that tells the group where it is.
 */
export function roomHasContent(room: RoomId, point: AgendaPoint, workshop: Workshop): boolean {
  const mine = <T extends { pointId: string | null }>(list: readonly T[]) =>
    list.some((x) => x.pointId === point.id);
  switch (room) {
    case 'clarifying':
      return (
        point.problem.trim() !== '' ||
        point.citizenPerspective.trim() !== '' ||
        point.questions.length > 0
      );
    case 'developing':
      return point.turns !== null || mine(workshop.ideas);
    case 'negotiating':
      return (
        mine(workshop.ideas) ||
        mine(workshop.clusters) ||
        point.positions.length > 0 ||
        point.conclusions.length > 0
      );
    case 'acting':
      return mine(workshop.actions);
  }
}
