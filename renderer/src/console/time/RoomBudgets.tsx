import type { AgendaPoint } from '../../../../shared/model/workshop';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';
import { CheckedField } from './CheckedField';

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
          <CheckedField
            className="inline-input room-budget-input"
            type="number"
            min={0}
            max={MAX_MINUTES}
            inputMode="numeric"
            placeholder="–"
            data-testid={`room-budget-${room}`}
            errorTestId={`room-budget-${room}-error`}
            value={point.roomBudgets[room] === undefined ? '' : String(point.roomBudgets[room])}
            aria-label={t('time.budgets.label', { room: t(`rooms.${room}.name`) })}
            parse={budgetMinutes}
            invalidText={(text) => t('time.budgets.invalid', { text })}
            onValue={(minutes) =>
              send({ type: 'room.setBudget', pointId: point.id, room, minutes })
            }
          />
          <span aria-hidden="true">{t('agenda.minutesUnit')}</span>
        </label>
      ))}
    </div>
  );
}

/** Whole minutes from 0 to a day; empty → null (no budget); undefined when not that. */
export function budgetMinutes(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const minutes = Number(text);
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_MINUTES ? minutes : undefined;
}
