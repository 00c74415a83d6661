import { memo, type CSSProperties } from 'react';
import { ROOM_IDS, type RoomId } from '../../../../shared/rooms';
import { RoomIcon } from '../../common/RoomIcon';
import { roomStyle } from '../../common/roomStyle';
import type { AgendaLabels } from './agendaLabels';

// Four rooms, four styles: worked out once, not once per chip of every row.
const CHIP_STYLES = Object.fromEntries(ROOM_IDS.map((r) => [r, roomStyle(r)])) as Record<
  RoomId,
  CSSProperties
>;

/** The plan at a glance: one small chip per room, the current one marked. */
export const RoomPlanChips = memo(function RoomPlanChips({
  plan,
  current,
  labels,
}: {
  plan: readonly RoomId[];
  current: number | null;
  labels: AgendaLabels;
}) {
  return (
    <ol className="room-chips" aria-label={labels.roomPlan}>
      {plan.map((room, i) => (
        <li
          // Plans may repeat a room, so position is part of the key.
          key={`${i}-${room}`}
          className={i === current ? 'room-chip is-current' : 'room-chip'}
          style={CHIP_STYLES[room]}
          aria-current={i === current ? 'step' : undefined}
          title={labels.rooms[room].name}
        >
          <RoomIcon room={room} size="1.1em" />
          <span>{labels.rooms[room].short}</span>
        </li>
      ))}
    </ol>
  );
});
