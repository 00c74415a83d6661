import type { Workshop } from '../../../../shared/model/workshop';
import { activeRoom } from '../../common/activeRoom';
import { ExercisePanel } from '../exercises/ExercisePanel';
import { TimersPanel } from './TimersPanel';

/** The time tools of the running point, mounted once in the run panel. */
export function RunTimeTools({ workshop }: { workshop: Workshop }) {
  const { point, room } = activeRoom(workshop);
  if (!point) return null;
  return (
    <>
      <TimersPanel workshop={workshop} point={point} room={room} />
      <ExercisePanel workshop={workshop} point={point} />
    </>
  );
}
