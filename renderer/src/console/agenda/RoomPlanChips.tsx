import { memo, type CSSProperties } from 'react';
import { ROOM_IDS, type RoomId } from '../../../../shared/roomCatalogue';
import { RoomIcon } from '../../common/RoomIcon';
import { roomStyle } from '../../common/roomStyle';
import type { AgendaLabels } from './agendaLabels';

// Four rooms, four styles: worked out once, not once per chip of every row.
const CHIP_STYLES = Object.fromEntries(ROOM_IDS.map((r) => [r, roomStyle(r)])) as Record<
  RoomId,
  CSSProperties
>;

const iconId = (room: RoomId) => `agenda-room-icon-${room}`;

/**
 * The four room icons drawn once for the whole agenda; each chip shows one with <use>. At 200
 * points the chips' icons were about half the console's DOM.
 */
export function RoomIconSprite() {
  return (
    <svg className="room-icon-sprite" width="0" height="0" aria-hidden="true" focusable="false">
      {ROOM_IDS.map((room) => (
        <symbol key={room} id={iconId(room)} viewBox="0 0 48 48">
          <RoomIcon room={room} size="48" />
        </symbol>
      ))}
    </svg>
  );
}

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
          <svg width="1.1em" height="1.1em" aria-hidden="true" focusable="false">
            <use href={`#${iconId(room)}`} />
          </svg>
          <span>{labels.rooms[room].short}</span>
        </li>
      ))}
    </ol>
  );
});
