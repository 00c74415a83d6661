import { useTranslation } from 'react-i18next';
import type { AgendaPoint } from '../../../shared/model/workshop';
import { TimerDisplay } from '../common/timer/TimerDisplay';
import { useNow } from './useNow';
import { formatClock } from '../common/formatting';
import { currentLanguage } from '../i18n/i18n';

/** Only the time: the running item's time left, or the time of day between items. */
export function TimerOnlyView({ point }: { point: AgendaPoint | null }) {
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
        <TimerDisplay
          timer={point.timer}
          className="timer-only"
          valueTestId="projector-timer"
          testId="projector-timer-display"
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
