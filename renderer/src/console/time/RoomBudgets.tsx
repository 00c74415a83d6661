import { useTranslation } from 'react-i18next';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import { CommitField } from '../../common/CommitField';
import { useSend } from '../../common/hostContext';

const MAX_MINUTES = 24 * 60;

/** A time budget per room of the point's plan (empty = none), as minutes. */
export function RoomBudgets({ point }: { point: AgendaPoint }) {
  const { t } = useTranslation();
  const send = useSend();
  const rooms = [...new Set(point.roomPlan)];
  return (
    <div className="room-budgets" role="group" aria-label={t('time.budgets.heading')}>
      <span className="room-budgets-label">{t('time.budgets.heading')}</span>
      {rooms.map((room) => (
        <label key={room} className="room-budget">
          <span>{t(`rooms.${room}.short`)}</span>
          <CommitField
            className="inline-input room-budget-input"
            type="number"
            min={0}
            max={MAX_MINUTES}
            inputMode="numeric"
            placeholder="–"
            data-testid={`room-budget-${room}`}
            value={point.roomBudgets[room] === undefined ? '' : String(point.roomBudgets[room])}
            aria-label={t('time.budgets.label', { room: t(`rooms.${room}.name`) })}
            onCommit={(text) => {
              const minutes = text.trim() === '' ? null : Number(text);
              if (minutes !== null && (!Number.isInteger(minutes) || minutes < 0)) {
                return Promise.resolve(false);
              }
              if (minutes !== null && minutes > MAX_MINUTES) return Promise.resolve(false);
              return send({ type: 'room.setBudget', pointId: point.id, room, minutes });
            }}
          />
          <span aria-hidden="true">{t('agenda.minutesUnit')}</span>
        </label>
      ))}
    </div>
  );
}
