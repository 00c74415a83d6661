import type { Timer } from '../../../../shared/timer';
import '../../styles/time.css';
import { useTranslation } from '../../i18n/i18n';
import { TimerIcon } from './TimerIcon';
import { useChime } from './useChime';
import { timerDigits, timerWords } from './timerWords';
import { useTimerStatus } from './useTimerStatus';

interface Props {
  timer: Timer;
  /** What the timer is for, read out with it ("Punktets tid"). */
  label?: string;
  /** Shown above the digits, where several timers stand together ("Rummet", "Taletid · Anna"). */
  heading?: string;
  className?: string;
  /** On the root, with data-phase and data-running. */
  testId?: string;
  /** On the digits (mm:ss, +mm:ss). */
  valueTestId?: string;
  /** Set on the one screen that sounds this timer's chime (names the timer, see useChime). */
  chimeKey?: string;
}

/**
 * A countdown in digits, an icon and words that change with the phase (timerStatus): normal,
 * amber with 20 % or less left, red at the end, then the overrun counting up. Colour follows
 * data-phase in time.css but is never the only signal.
 */
export function TimerDisplay({
  timer,
  label,
  heading,
  className,
  testId,
  valueTestId,
  chimeKey,
}: Props) {
  const { t } = useTranslation();
  const status = useTimerStatus(timer);
  useChime(chimeKey ?? '', chimeKey === undefined ? null : status);
  if (!status) return null;
  const words = timerWords(status, t);
  const stopped = status.running
    ? null
    : timer.accumulated > 0
      ? 'time.timer.paused'
      : 'time.timer.notStarted';
  const classes = ['timer-display', `is-${status.phase}`, className ?? ''];
  if (status.phase === 'overrun') classes.push('is-overrun');
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      role="timer"
      aria-label={label ?? heading ?? t('time.timer.label')}
      data-testid={testId}
      data-phase={status.phase}
      data-running={status.running}
    >
      {heading ? (
        <span className="timer-heading" data-testid={testId ? `${testId}-heading` : undefined}>
          {heading}
        </span>
      ) : null}
      <span className="timer-value" data-testid={valueTestId}>
        {timerDigits(status)}
      </span>
      <span className="timer-caption">
        <TimerIcon phase={status.phase} size="1.15em" />
        <span data-testid={testId ? `${testId}-words` : undefined}>
          {words}
          {stopped ? ` · ${t(stopped)}` : null}
        </span>
      </span>
    </div>
  );
}
