import type { AgendaPoint } from '../../../shared/model/workshop';
import type { RoomId } from '../../../shared/rooms';
import { RoomIcon } from '../common/RoomIcon';
import { roomStyle } from '../common/roomStyle';
import { useWorkshopState } from '../common/hostContext';
import { useTranslation } from '../i18n/i18n';
import { FittedTitle } from './paging/FittedTitle';
import { RoomContent } from './rooms/RoomContent';
import { roomHasContent } from './rooms/roomHasContent';
import { ProjectorTimers } from './timers/ProjectorTimers';

interface Props {
  room: RoomId;
  point: AgendaPoint;
  index: number;
  count: number;
  /** "Room only": the room's identity and guidance, without its work and without the time. */
  roomOnly?: boolean;
  theme?: 'light' | 'dark';
}

/**
 * Read from the back of the room: the room's colour as a wide band with its icon, the name
 * huge beside it on a light tint (text stays ≥ 7:1 whatever the room colour), then the
 * guidance, the point and its time.
 */
export function RoomView({ room, point, index, count, roomOnly = false, theme = 'light' }: Props) {
  const { t } = useTranslation();
  const step = (point.roomIndex ?? 0) + 1;
  // Once the room has work to show, the identity compacts to a header strip (projectorRooms.css).
  const workshop = useWorkshopState().snapshot?.workshop;
  const hasContent = !roomOnly && workshop !== undefined && roomHasContent(room, point, workshop);
  return (
    <div
      className={`projector projector-room${hasContent ? ' has-content' : ''}`}
      data-testid="projector-root"
      data-room={room}
      style={roomStyle(room, theme)}
      data-view={roomOnly ? 'room-only' : 'room'}
    >
      <div className="projector-band" aria-hidden="true">
        <RoomIcon room={room} size="min(30vh, 18vw)" className="projector-icon" />
        <ol className="projector-steps">
          {point.roomPlan.map((r, i) => (
            <li
              key={`${i}-${r}`}
              className={i === step - 1 ? 'is-current' : i < step - 1 ? 'is-past' : ''}
            />
          ))}
        </ol>
      </div>
      <main className="projector-content">
        <p className="projector-kicker">
          {t('projector.pointOf', { n: index + 1, count })} ·{' '}
          {t('run.roomStep', { n: step, count: point.roomPlan.length })}
        </p>
        <h1 className="projector-room-name" data-testid="projector-room-name">
          {t(`rooms.${room}.name`)}
        </h1>
        <p className="projector-guidance" data-testid="projector-room-guidance">
          {t(`rooms.${room}.guidance`)}
        </p>
        <div className="projector-footer">
          <FittedTitle
            text={point.title}
            className="projector-point"
            testId="projector-point-title"
            maxPercent={hasContent ? 3.2 : 4.4}
          />
          {roomOnly ? null : (
            <ProjectorTimers
              point={point}
              room={room}
              participants={workshop?.participants ?? []}
              variant="room"
            />
          )}
        </div>
      </main>
      {workshop && !roomOnly ? <RoomContent room={room} point={point} workshop={workshop} /> : null}
    </div>
  );
}
