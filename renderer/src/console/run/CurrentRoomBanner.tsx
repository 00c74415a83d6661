import { memo } from 'react';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import type { RoomId } from '../../../../shared/rooms';
import { useSend } from '../../common/hostContext';
import { RoomIcon } from '../../common/RoomIcon';
import { roomStyle } from '../../common/roomStyle';
import { TimerDisplay } from '../../common/timer/TimerDisplay';
import { useTranslation } from '../../i18n/i18n';

interface Props {
  point: AgendaPoint | null;
  index: number | null;
  room: RoomId | null;
  /** Offered when nothing runs: the next point waiting its turn. */
  nextPending: AgendaPoint | null;
}

/**
 * The room the group is in, in its colour, icon and name: the same signal as the projector.
 * Memoised: while ideas and notes change, the point and the room are the same objects.
 */
export const CurrentRoomBanner = memo(function CurrentRoomBanner({
  point,
  index,
  room,
  nextPending,
}: Props) {
  const { t } = useTranslation();
  const send = useSend();
  if (!point || !room) {
    return (
      <div className="current-room is-idle" data-testid="current-room" data-room="none">
        <div className="current-room-text">
          <p className="current-room-name">{t('run.idle')}</p>
          <p className="current-room-guidance">{t('run.idleHint')}</p>
        </div>
        {nextPending ? (
          <button
            type="button"
            className="button button-primary button-large current-room-start"
            onClick={() => void send({ type: 'point.start', id: nextPending.id })}
          >
            {t('run.startNext', { title: nextPending.title })}
          </button>
        ) : null}
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
      <TimerDisplay
        timer={point.timer}
        label={t('time.timers.point')}
        className="current-room-timer"
        testId="current-room-timer"
        valueTestId="current-room-timer-value"
      />
    </div>
  );
});
