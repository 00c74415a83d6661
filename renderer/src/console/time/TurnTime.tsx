import type { AgendaPoint } from '../../../../shared/model/workshop';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';
import { CheckedField } from './CheckedField';

/** The time each speaker gets in the point's turns, in minutes ("1,5" or "1.5"); empty = untimed. */
export function TurnTime({ point }: { point: AgendaPoint }) {
  const { t } = useTranslation();
  const send = useSend();
  const perTurn = point.turnTimer?.perTurnMs;
  return (
    <label className="turn-time">
      <span>{t('time.speaker.perTurn')}</span>
      <CheckedField
        className="inline-input turn-time-input"
        inputMode="decimal"
        placeholder="–"
        data-testid="turn-time"
        errorTestId="turn-time-error"
        value={perTurn === undefined ? '' : String(perTurn / 60_000).replace('.', ',')}
        aria-label={t('time.speaker.perTurn')}
        parse={turnSeconds}
        invalidText={(text) => t('time.speaker.invalid', { text })}
        onValue={(seconds) => send({ type: 'timer.setTurnTime', pointId: point.id, seconds })}
      />
      <span aria-hidden="true">{t('agenda.minutesUnit')}</span>
    </label>
  );
}

/** "1,5" → 90 seconds; empty → null (untimed); undefined when not 1 second to 60 minutes. */
export function turnSeconds(text: string): number | null | undefined {
  const clean = text.trim().replace(',', '.');
  if (clean === '') return null;
  const seconds = Math.round(Number(clean) * 60);
  return Number.isFinite(seconds) && seconds >= 1 && seconds <= 3600 ? seconds : undefined;
}
