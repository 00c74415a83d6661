import { memo } from 'react';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import type { RoomId } from '../../../../shared/rooms';
import { useSend } from '../../common/hostContext';
import { useCan } from '../../common/roleContext';
import { RoomIcon } from '../../common/RoomIcon';
import { roomStyle } from '../../common/roomStyle';
import { useTranslation } from '../../i18n/i18n';

interface Props {
  point: AgendaPoint;
  room: RoomId | null;
  /** A pending point follows, so "finish and start next" has somewhere to go. */
  hasNext: boolean;
}

/** The room buttons of the running point; memoised like CurrentRoomBanner. */
export const RunControls = memo(function RunControls({ point, room, hasNext }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  // Moving the room is the facilitator's and the co-facilitator's (issue 16), not the referent's.
  const mayMove = useCan('room.next');
  const at = point.roomIndex ?? 0;
  // A plan may repeat a room; one button per room is enough to jump there.
  const rooms = [...new Set(point.roomPlan)];
  if (!mayMove) return null;

  return (
    <div className="run-controls">
      <div className="run-controls-row">
        <div className="button-group">
          <button
            type="button"
            className="button button-large"
            data-testid="room-previous"
            disabled={at <= 0}
            onClick={() => void send({ type: 'room.previous' })}
          >
            <span aria-hidden="true">← </span>
            {t('run.previous')}
          </button>
          <button
            type="button"
            className="button button-large button-primary"
            data-testid="room-next"
            disabled={at >= point.roomPlan.length - 1}
            onClick={() => void send({ type: 'room.next' })}
          >
            {t('run.next')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <div className="button-group">
          <button
            type="button"
            className="button button-large"
            data-testid="point-finish"
            onClick={() => void send({ type: 'point.finish' })}
          >
            {t('run.finish')}
          </button>
          <button
            type="button"
            className="button button-large"
            data-testid="point-finish-next"
            disabled={!hasNext}
            onClick={() => void send({ type: 'point.finish', startNext: true })}
          >
            {t('run.finishNext')}
          </button>
        </div>
      </div>
      <div className="run-controls-row room-jump" role="group" aria-label={t('run.goTo')}>
        <span className="room-jump-label" aria-hidden="true">
          {t('run.goTo')}
        </span>
        {rooms.map((r) => (
          <button
            key={r}
            type="button"
            className={r === room ? 'room-jump-button is-current' : 'room-jump-button'}
            style={roomStyle(r)}
            data-testid={`room-goto-${r}`}
            aria-pressed={r === room}
            aria-label={t('run.goToLabel', { room: t(`rooms.${r}.name`) })}
            onClick={() => void send({ type: 'room.goTo', room: r })}
          >
            <RoomIcon room={r} size="1.25em" />
            <span>{t(`rooms.${r}.short`)}</span>
          </button>
        ))}
      </div>
    </div>
  );
});
