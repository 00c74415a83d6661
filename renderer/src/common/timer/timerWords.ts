import type { TimerStatus } from '../../../../shared/timer';
import type { TFunction } from '../../i18n/i18n';
import { formatRemaining } from '../timerFormat';

/** What a display shows as digits: time left (mm:ss), 00:00 at the end, then +mm:ss over. */
export function timerDigits(status: TimerStatus): string {
  return status.remainingMs > 0
    ? formatRemaining(status.remainingMs)
    : formatRemaining(-status.overrunMs);
}

/**
 * The phase in words, beside the digits and the icon: "5 min tilbage", "Tiden er gået",
 * "+2:13 over tid". Minutes are rounded up, as a countdown shows them; the last minute in seconds.
 */
export function timerWords(status: TimerStatus, t: TFunction): string {
  switch (status.phase) {
    case 'red':
      return t('time.timer.ended');
    case 'overrun':
      return t('time.timer.over', { time: timerDigits(status).replace(/^\+0?/, '+') });
    default: {
      const seconds = Math.ceil(status.remainingMs / 1000);
      return seconds > 60
        ? t('time.timer.minutesLeft', { count: Math.ceil(seconds / 60) })
        : t('time.timer.secondsLeft', { count: seconds });
    }
  }
}
