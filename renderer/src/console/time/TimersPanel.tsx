import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import { currentTurnTimer } from '../../../../shared/programme/turnTimer';
import type { RoomId } from '../../../../shared/rooms';
import { useTranslation } from '../../i18n/i18n';
import { RoomBudgets } from './RoomBudgets';
import { TimerControls } from './TimerControls';
import { TurnTime } from './TurnTime';

interface Props {
  workshop: Pick<Workshop, 'participants'>;
  point: AgendaPoint;
  room: RoomId | null;
}

/**
 * The running point's timers: the point's own, the current room's budget (when the room has
 * one), and the speaker's turn when ideas go round in turn with a time each.
 */
export function TimersPanel({ workshop, point, room }: Props) {
  const { t } = useTranslation();
  const roomTimer = room ? point.roomTimers[room] : undefined;
  const turn = currentTurnTimer(point);
  const holder = turn ? workshop.participants.find((p) => p.id === turn.holder) : undefined;
  const roundRobin = point.turns?.mode === 'round-robin' && !point.turns.ended;

  return (
    <section
      className="timers-panel"
      aria-label={t('time.timers.heading')}
      data-testid="timers-panel"
    >
      <TimerControls
        target={{ kind: 'point', pointId: point.id }}
        name="point"
        timer={point.timer}
        label={t('time.timers.point')}
        chime
      />
      {room && roomTimer ? (
        <TimerControls
          target={{ kind: 'room', pointId: point.id, room }}
          name="room"
          timer={roomTimer}
          label={t('time.timers.room', { room: t(`rooms.${room}.short`) })}
        />
      ) : null}
      {turn ? (
        <TimerControls
          target={{ kind: 'speaker', pointId: point.id }}
          name="speaker"
          timer={turn.timer}
          label={t('time.timers.speaker', { name: holder?.name ?? '' })}
        />
      ) : null}
      <div className="timers-settings">
        <RoomBudgets point={point} />
        {roundRobin ? <TurnTime point={point} /> : null}
      </div>
    </section>
  );
}
