import { useRef } from 'react';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import { ROOM_IDS, defaultRoomPlan, type RoomId } from '../../../../shared/roomCatalogue';
import { useSend } from '../../common/hostContext';
import { RoomIcon } from '../../common/RoomIcon';
import { roomStyle } from '../../common/roomStyle';
import { useTranslation } from '../../i18n/i18n';

const MAX_ROOMS = 12;

/** Edit the order of rooms a point goes through: add, remove, move earlier or later. */
export function RoomPlanEditor({ point }: { point: AgendaPoint }) {
  const { t } = useTranslation();
  const send = useSend();
  const plan = point.roomPlan;
  // The plan is sent whole: while a change is on its way, the next builds on it, not on the
  // plan on screen (two rooms added quickly both stay).
  const sending = useRef({ count: 0, plan: point.roomPlan });
  const latest = () => (sending.current.count > 0 ? sending.current.plan : point.roomPlan);
  const setPlan = (roomPlan: RoomId[]) => {
    sending.current = { count: sending.current.count + 1, plan: roomPlan };
    void send({ type: 'agenda.setRoomPlan', id: point.id, roomPlan }).finally(() => {
      sending.current.count -= 1;
    });
  };

  const swap = (i: number, j: number) => {
    const next = [...latest()];
    const a = next[i];
    const b = next[j];
    if (a === undefined || b === undefined) return;
    next[i] = b;
    next[j] = a;
    setPlan(next);
  };
  const fallback = defaultRoomPlan(point.purpose);
  const isDefault = fallback.length === plan.length && fallback.every((r, i) => plan[i] === r);

  return (
    <div
      className="room-plan-editor"
      role="group"
      aria-label={t('agenda.roomPlanLabel', { title: point.title })}
    >
      <p className="hint">{t('roomPlan.hint')}</p>
      <ol className="room-plan-steps">
        {plan.map((room, i) => {
          const name = t(`rooms.${room}.name`);
          const label = { room: name, n: i + 1 };
          // The group stays in the room it is in; the host would refuse, so say why up front.
          const isCurrent = point.status === 'active' && point.roomIndex === i;
          return (
            <li key={`${i}-${room}`} className="room-plan-step" style={roomStyle(room)}>
              <span className="room-plan-step-name">
                <span className="step-number">{i + 1}</span>
                <RoomIcon room={room} size="1.2em" />
                {name}
              </span>
              <span className="button-group">
                <button
                  type="button"
                  className="icon-button"
                  disabled={i === 0}
                  aria-label={t('roomPlan.earlier', label)}
                  title={t('roomPlan.earlier', label)}
                  onClick={() => swap(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  disabled={i === plan.length - 1}
                  aria-label={t('roomPlan.later', label)}
                  title={t('roomPlan.later', label)}
                  onClick={() => swap(i, i + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  disabled={plan.length === 1 || isCurrent}
                  aria-label={t('roomPlan.remove', label)}
                  title={isCurrent ? t('roomPlan.currentRoomKept') : t('roomPlan.remove', label)}
                  onClick={() => setPlan(latest().filter((_, k) => k !== i))}
                >
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="room-plan-add">
        {ROOM_IDS.map((room) => (
          <button
            key={room}
            type="button"
            className="button button-small room-add"
            style={roomStyle(room)}
            disabled={plan.length >= MAX_ROOMS}
            aria-label={t('roomPlan.addLabel', { room: t(`rooms.${room}.name`) })}
            onClick={() => setPlan([...latest(), room])}
          >
            <RoomIcon room={room} size="1.1em" />
            {t('roomPlan.add')}: {t(`rooms.${room}.name`)}
          </button>
        ))}
        <button
          type="button"
          className="link-button"
          disabled={isDefault}
          onClick={() => setPlan(fallback)}
        >
          {t('roomPlan.reset')}
        </button>
      </div>
    </div>
  );
}
