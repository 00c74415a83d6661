import { useTranslation } from 'react-i18next';
import type { RoomId } from '../../../../shared/rooms';
import { RoomIcon } from '../../common/RoomIcon';
import { roomStyle } from '../../common/roomStyle';

/** The plan at a glance: one small chip per room, the current one marked. */
export function RoomPlanChips({
  plan,
  current,
}: {
  plan: readonly RoomId[];
  current: number | null;
}) {
  const { t } = useTranslation();
  return (
    <ol className="room-chips" aria-label={t('roomPlan.heading')}>
      {plan.map((room, i) => (
        <li
          // Plans may repeat a room, so position is part of the key.
          key={`${i}-${room}`}
          className={i === current ? 'room-chip is-current' : 'room-chip'}
          style={roomStyle(room)}
          aria-current={i === current ? 'step' : undefined}
          title={t(`rooms.${room}.name`)}
        >
          <RoomIcon room={room} size="1.1em" />
          <span>{t(`rooms.${room}.short`)}</span>
        </li>
      ))}
    </ol>
  );
}
