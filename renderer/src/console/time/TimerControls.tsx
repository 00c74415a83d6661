import type { TimerTarget } from '../../../../shared/programme/timerTargets';
import type { Timer } from '../../../../shared/timer';
import { useSend } from '../../common/hostContext';
import { TimerDisplay } from '../../common/timer/TimerDisplay';
import { useTranslation } from '../../i18n/i18n';

interface Props {
  target: TimerTarget;
  /** The testid segment: timer-<name>, timer-<name>-start, … */
  name: string;
  timer: Timer;
  label: string;
  /** This screen sounds the chime for this timer (see useChime). */
  chime?: boolean;
}

/**
 * One timer with its buttons: start (or resume once it has run), pause, +1 min, +5 min and
 * reset. Each sends one command; the display follows the host's state, not the click.
 */
export function TimerControls({ target, name, timer, label, chime }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const running = timer.startedAt !== null;
  const hasRun = timer.accumulated > 0;
  const control = (action: 'start' | 'pause' | 'resume' | 'reset') =>
    void send({ type: 'timer.control', target, action });
  const extend = (minutes: number) => void send({ type: 'timer.extend', target, minutes });
  const button = (id: string, text: string, onClick: () => void, primary = false) => (
    <button
      type="button"
      className={`button button-small${primary ? ' button-primary' : ''}`}
      data-testid={`timer-${name}-${id}`}
      aria-label={t('time.controls.label', { action: text, timer: label })}
      onClick={onClick}
    >
      {text}
    </button>
  );

  return (
    <div className="timer-controls" data-testid={`timer-${name}-controls`}>
      <div className="timer-controls-head">
        <span className="timer-controls-label">{label}</span>
        <TimerDisplay
          timer={timer}
          label={label}
          className="timer-console"
          testId={`timer-${name}`}
          valueTestId={`timer-${name}-value`}
          {...(chime ? { chimeKey: `${name}:${JSON.stringify(target)}` } : {})}
        />
      </div>
      <div className="timer-controls-buttons" role="group" aria-label={label}>
        {running
          ? button('pause', t('time.controls.pause'), () => control('pause'))
          : hasRun
            ? button('resume', t('time.controls.resume'), () => control('resume'), true)
            : button('start', t('time.controls.start'), () => control('start'), true)}
        {button('plus1', t('time.controls.plus1'), () => extend(1))}
        {button('plus5', t('time.controls.plus5'), () => extend(5))}
        {button('reset', t('time.controls.reset'), () => control('reset'))}
      </div>
    </div>
  );
}
