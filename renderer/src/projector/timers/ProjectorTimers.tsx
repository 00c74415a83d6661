// Test ids: projector-timer-display / projector-timer (the point's), projector-room-timer-display
// / projector-room-timer, projector-speaker-timer-display / projector-speaker-timer; each
// display has <testId>-heading (the label) and <testId>-words, and data-phase.
import type { AgendaPoint, Participant } from '../../../../shared/model/workshop';
import type { RoomId } from '../../../../shared/rooms';
import { TimerDisplay } from '../../common/timer/TimerDisplay';
import '../../styles/time.css';
import { useTranslation } from '../../i18n/i18n';
import { extraTimers } from './projectorTimers';

interface Props {
  point: AgendaPoint;
  room: RoomId | null;
  participants: readonly Participant[];
  /** Where they stand: the room's footer or strip, or the timer-only screen. */
  variant: 'room' | 'timer-only';
}

/**
 * The point's time in large digits and, beside it, the room's budget and the speaker's turn,
 * each labelled, so the group can tell at 8 m which time is running out. Each display redraws
 * on its own clock: nothing else on the projector re-renders as the seconds pass.
 */
export function ProjectorTimers({ point, room, participants, variant }: Props) {
  const { t } = useTranslation();
  const extras = extraTimers(point, room, participants);
  const several = extras.length > 0;
  const main = variant === 'room' ? 'projector-timer' : 'timer-only';
  return (
    <div
      className={`projector-timers is-${variant}${several ? ' is-several' : ''}`}
      data-count={extras.length + 1}
    >
      <TimerDisplay
        timer={point.timer}
        label={t('time.timers.point')}
        {...(several ? { heading: t('time.projector.point') } : {})}
        className={main}
        valueTestId="projector-timer"
        testId="projector-timer-display"
      />
      {extras.map((extra) =>
        extra.kind === 'room' ? (
          <TimerDisplay
            key="room"
            timer={extra.timer}
            heading={t('time.projector.room')}
            label={t('time.timers.room', { room: t(`rooms.${extra.room}.short`) })}
            className="projector-subtimer"
            testId="projector-room-timer-display"
            valueTestId="projector-room-timer"
          />
        ) : (
          <TimerDisplay
            key="speaker"
            timer={extra.timer}
            heading={t('time.projector.speaker', { name: extra.name })}
            className="projector-subtimer"
            testId="projector-speaker-timer-display"
            valueTestId="projector-speaker-timer"
          />
        ),
      )}
    </div>
  );
}
