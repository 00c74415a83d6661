import './timerOnly.css';
import type { AgendaPoint, Participant } from '../../../shared/model/workshop';
import type { RoomId } from '../../../shared/rooms';
import { useNow } from './useNow';
import { formatClock } from '../../../shared/i18n/formatDates';
import { currentLanguage, useTranslation } from '../i18n/i18n';
import { FittedTitle } from './paging/FittedTitle';
import { ProjectorTimers } from './timers/ProjectorTimers';

interface Props {
  point: AgendaPoint | null;
  room?: RoomId | null;
  participants?: readonly Participant[];
  /** A break: "Pause" above its title, and what comes after it under the time. */
  breakBefore?: AgendaPoint | null;
  isBreak?: boolean;
}

/**
 * Only the time: the running item's time left (with the room's budget and the speaker's turn
 * when they have one), or the time of day between items. A break shows this way too, with
 * "Pause" above and what comes after it below. A long point title wraps to two lines
 * and shrinks (FittedTitle), so it never runs into the digits.
 */
export function TimerOnlyView({
  point,
  room = null,
  participants = [],
  isBreak = false,
  breakBefore = null,
}: Props) {
  const { t } = useTranslation();
  return (
    <main
      className="projector projector-timer-only"
      data-testid="projector-root"
      data-room="none"
      data-view={isBreak ? 'break' : 'timer-only'}
    >
      {isBreak ? <p className="timer-only-kicker">{t('projector.breakKicker')}</p> : null}
      <FittedTitle
        as="h1"
        text={point ? point.title : t('projectorMode.clock')}
        maxPercent={5}
        lines={2}
        className="timer-only-title"
        testId="projector-point-title"
      />
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
      {breakBefore ? (
        <FittedTitle
          text={t('projector.after', { title: breakBefore.title })}
          maxPercent={4}
          className="timer-only-after"
          testId="projector-break-next"
        />
      ) : null}
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
