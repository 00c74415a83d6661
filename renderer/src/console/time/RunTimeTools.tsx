import { memo } from 'react';
import { activeRoom } from '../../common/activeRoom';
import { useCan } from '../../common/roleContext';
import { ReadOnlyUnless } from '../ReadOnlyUnless';
import { ExercisePanel } from '../exercises/ExercisePanel';
import { TimersPanel } from './TimersPanel';
import { sameSlice, type WorkshopSlice } from '../workshopSlice';

const KEYS = ['agenda', 'activePointId', 'participants'] as const;

/** The time tools of the running point, mounted once in the run panel. */
export const RunTimeTools = memo(function RunTimeTools({
  workshop,
}: {
  workshop: WorkshopSlice<(typeof KEYS)[number]>;
}) {
  const { point, room } = activeRoom(workshop);
  // Issue 16: the referent sees the time; the co-facilitator runs it too.
  const mayTime = useCan('timer.control');
  if (!point) return null;
  return (
    <>
      <ReadOnlyUnless may={mayTime}>
        <TimersPanel workshop={workshop} point={point} room={room} />
      </ReadOnlyUnless>
      {/* Its notes are the referent's too: the panel gates its own controls. */}
      <ExercisePanel workshop={workshop} point={point} />
    </>
  );
}, sameSlice(KEYS));
