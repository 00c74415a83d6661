import { useTranslation } from 'react-i18next';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import { CommitField } from '../../common/CommitField';
import { useSend } from '../../common/hostContext';

/** The time each speaker gets in the point's turns, in minutes ("1,5" or "1.5"); empty = untimed. */
export function TurnTime({ point }: { point: AgendaPoint }) {
  const { t } = useTranslation();
  const send = useSend();
  const perTurn = point.turnTimer?.perTurnMs;
  return (
    <label className="turn-time">
      <span>{t('time.speaker.perTurn')}</span>
      <CommitField
        className="inline-input turn-time-input"
        inputMode="decimal"
        placeholder="–"
        data-testid="turn-time"
        value={perTurn === undefined ? '' : String(perTurn / 60_000).replace('.', ',')}
        aria-label={t('time.speaker.perTurn')}
        onCommit={(text) => {
          const clean = text.trim().replace(',', '.');
          if (clean === '')
            return send({ type: 'timer.setTurnTime', pointId: point.id, seconds: null });
          const seconds = Math.round(Number(clean) * 60);
          if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) {
            return Promise.resolve(false);
          }
          return send({ type: 'timer.setTurnTime', pointId: point.id, seconds });
        }}
      />
      <span aria-hidden="true">{t('agenda.minutesUnit')}</span>
    </label>
  );
}
