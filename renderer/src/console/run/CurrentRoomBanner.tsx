import { useTranslation } from 'react-i18next';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import type { RoomId } from '../../../../shared/rooms';
import { RoomIcon } from '../../common/RoomIcon';
import { roomStyle } from '../../common/roomStyle';
import { TimerText } from '../../common/TimerText';

interface Props {
  point: AgendaPoint | null;
  index: number | null;
  room: RoomId | null;
}

/** The room the group is in, in its colour, icon and name: the same signal as the projector. */
export function CurrentRoomBanner({ point, index, room }: Props) {
  const { t } = useTranslation();
  if (!point || !room) {
    return (
      <div className="current-room is-idle" data-testid="current-room" data-room="none">
        <div className="current-room-text">
          <p className="current-room-name">{t('run.idle')}</p>
          <p className="current-room-guidance">{t('run.idleHint')}</p>
        </div>
      </div>
    );
  }
  return (
    <div
      className="current-room"
      data-testid="current-room"
      data-room={room}
      style={roomStyle(room)}
    >
      <RoomIcon room={room} size="3.5rem" className="current-room-icon" />
      <div className="current-room-text">
        <p className="current-room-kicker">
          {t('run.now')} ·{' '}
          {t('run.roomStep', { n: (point.roomIndex ?? 0) + 1, count: point.roomPlan.length })}
        </p>
        <p className="current-room-name">{t(`rooms.${room}.name`)}</p>
        <p className="current-room-guidance">{t(`rooms.${room}.guidance`)}</p>
        <p className="current-room-point">
          {t('agenda.number', { n: (index ?? 0) + 1 })} · {point.title}
        </p>
      </div>
      <TimerText timer={point.timer} className="current-room-timer" />
    </div>
  );
}
