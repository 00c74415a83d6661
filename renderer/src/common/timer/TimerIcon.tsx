import { memo } from 'react';
import type { TimerPhase } from '../../../../shared/timer';

/**
 * The phase as a shape, so colour is never the only signal: a clock while there is time, an
 * hourglass running low, a bell at the end, a warning triangle once over time.
 */
export const TimerIcon = memo(function TimerIcon({
  phase,
  size = '1em',
}: {
  phase: TimerPhase;
  size?: string;
}) {
  return (
    <svg
      className="timer-icon"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      data-icon={phase}
    >
      {phase === 'normal' ? (
        <>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7v5l3 2" />
        </>
      ) : null}
      {phase === 'amber' ? (
        <>
          <path d="M6 3h12M6 21h12" />
          <path d="M7 3c0 5 5 6 5 9s-5 4-5 9M17 3c0 5-5 6-5 9s5 4 5 9" />
          <path d="M9.5 19h5" />
        </>
      ) : null}
      {phase === 'red' ? (
        <>
          <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z" />
          <path d="M10 21h4" />
        </>
      ) : null}
      {phase === 'overrun' ? (
        <>
          <path d="M12 3 2 20h20z" />
          <path d="M12 10v4M12 17.5v.01" />
        </>
      ) : null}
    </svg>
  );
});
