import { useTranslation } from 'react-i18next';
import type { AgendaPoint, Participant } from '../../../shared/model/workshop';
import type { RoomId } from '../../../shared/rooms';
import { useNow } from './useNow';
import { formatClock } from '../common/formatting';
import { currentLanguage } from '../i18n/i18n';
import { ProjectorTimers } from './timers/ProjectorTimers';

interface Props {
  point: AgendaPoint | null;
  room?: RoomId | null;
  participants?: readonly Participant[];
}

/**
 * Only the time: the running item's time left (with the room's budget and the speaker's turn
 * when they have one), or the time of day between items.
 */
export function TimerOnlyView({ point, room = null, participants = [] }: Props) {
  const { t } = useTranslation();
  return (
    <main
      className="projector projector-timer-only"
      data-testid="projector-root"
      data-room="none"
      data-view="timer-only"
    >
      <h1 className="timer-only-point">{point ? point.title : t('projectorMode.clock')}</h1>
      {point ? (
        <ProjectorTimers
          point={point}
          room={room}
          participants={participants}
          variant="timer-only"
        />
      ) : (
        <Clock />
      )}
    </main>
  );
}

function Clock() {
  const now = useNow(10_000);
  const date = new Date(now);
  return (
    <div className="timer-only">
      <span className="timer-value" data-testid="projector-clock">
        {formatClock(date.getHours() * 60 + date.getMinutes(), currentLanguage())}
      </span>
    </div>
  );
}
