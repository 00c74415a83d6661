import { useEffect, useMemo, useRef } from 'react';
import type { TimerStatus } from '../../../../shared/timer';
import { useWorkshopSelect } from '../hostContext';
import { selectSettings } from '../useSettings';
import { chimeMoment, playChime, readChimeSetting } from './chime';

/**
 * Sounds the chime at one minute left and at the end of a timer, when the settings have it on.
 * `timerKey` names the timer: a reading of another timer is never compared with this one's.
 */
export function useChime(timerKey: string, status: TimerStatus | null): void {
  const settings = useWorkshopSelect(selectSettings);
  // Read once per settings change, not on every tick of the display.
  const { on, volume } = useMemo(() => readChimeSetting(settings), [settings]);
  const previous = useRef<{ key: string; status: TimerStatus } | null>(null);

  useEffect(() => {
    const last = previous.current;
    previous.current = status ? { key: timerKey, status } : null;
    if (!on || !status || !last || last.key !== timerKey) return;
    if (chimeMoment(last.status, status)) playChime(volume);
  }, [timerKey, status, on, volume]);
}
