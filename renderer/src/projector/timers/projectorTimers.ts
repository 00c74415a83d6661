import type { AgendaPoint, Participant } from '../../../../shared/model/workshop';
import { currentTurnTimer } from '../../../../shared/programme/turnTimer';
import type { RoomId } from '../../../../shared/rooms';
import type { Timer } from '../../../../shared/timer';

/** A timer beside the point's on the projector, and what it is for. */
export type ExtraTimer =
  { kind: 'room'; room: RoomId; timer: Timer } | { kind: 'speaker'; name: string; timer: Timer };

/**
 * The timers the projector shows beside the point's: the current room's budget (when the room
 * has one), and the speaker's turn while ideas go round in turn with a time each. Turns are the
 * developing room's way of working, so the speaker's time shows in that room only.
 */
export function extraTimers(
  point: AgendaPoint,
  room: RoomId | null,
  participants: readonly Participant[],
): ExtraTimer[] {
  const timers: ExtraTimer[] = [];
  const roomTimer = room ? point.roomTimers[room] : undefined;
  if (room && roomTimer) timers.push({ kind: 'room', room, timer: roomTimer });
  const turn = room === 'developing' ? currentTurnTimer(point) : null;
  if (turn) {
    const name = participants.find((p) => p.id === turn.holder)?.name ?? '';
    timers.push({ kind: 'speaker', name, timer: turn.timer });
  }
  return timers;
}
