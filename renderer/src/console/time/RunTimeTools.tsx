import { memo } from 'react';
import { activeRoom } from '../../common/activeRoom';
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
  if (!point) return null;
  return (
    <>
      <TimersPanel workshop={workshop} point={point} room={room} />
      <ExercisePanel workshop={workshop} point={point} />
    </>
  );
}, sameSlice(KEYS));
