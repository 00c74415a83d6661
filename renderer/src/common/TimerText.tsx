import { useTranslation } from 'react-i18next';
import type { Timer } from '../../../shared/timer';
import { formatRemaining } from './timerFormat';
import { useRemaining } from './useRemaining';

/** The point's time left (mm:ss), or its overrun (+mm:ss), with a word saying which. */
export function TimerText({
  timer,
  className,
  testId,
}: {
  timer: Timer;
  className?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const left = useRemaining(timer) ?? 0;
  const over = left <= -1000;
  return (
    <div
      className={over ? `${className ?? ''} is-overrun` : className}
      role="timer"
      aria-label={t('run.timerLabel')}
    >
      <span className="timer-value" data-testid={testId}>
        {formatRemaining(left)}
      </span>
      <span className="timer-caption">{over ? t('run.overrun') : t('run.remaining')}</span>
    </div>
  );
}
