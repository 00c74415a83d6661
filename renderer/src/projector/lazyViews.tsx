import { projectedExercise } from '../../../shared/exercises/exerciseView';
import type { Workshop } from '../../../shared/model/workshop';
import type { RoomId } from '../../../shared/rooms';
import { isFollowUpActive } from '../../../shared/series/followUp';
import { useWorkshopState } from '../common/hostContext';
import { lazyPart } from '../common/lazy/lazyPart';
import { useSettings } from '../common/useSettings';
import { useJoinState } from '../console/join/useJoinState';

/*
 * The projector's views that cover the room in some modes only (joining, the evaluation, an
 * exercise, the follow-up): each loads when first shown, or in idle time after the first
 * screen. The conditions stay here, in the first load, so a view's code is fetched only when
 * it has something to show.
 */
const ExerciseProjection = lazyPart(() =>
  import('./exercise/ExerciseProjection').then((m) => m.ExerciseProjection),
);
const EvaluationProjection = lazyPart(() =>
  import('./evaluation/EvaluationProjection').then((m) => m.EvaluationProjection),
);
const FollowUpProjection = lazyPart(() =>
  import('./followUp/FollowUpProjection').then((m) => m.FollowUpProjection),
);
const ProjectorJoin = lazyPart(() => import('./join/ProjectorJoin').then((m) => m.ProjectorJoin));

type Theme = 'light' | 'dark';

/** The active point's running exercise, if any (the view checks the same). */
export function ExerciseLayer(props: { workshop: Workshop; room: RoomId | null; theme: Theme }) {
  return projectedExercise(props.workshop) ? <ExerciseProjection {...props} /> : null;
}

/** The evaluation's results, once put up; never in timer-only or room-only (as the view). */
export function EvaluationLayer({ workshop, mode }: { workshop: Workshop; mode: string }) {
  const off =
    workshop.evaluation.projector === 'off' || mode === 'timer-only' || mode === 'room-only';
  return off ? null : <EvaluationProjection workshop={workshop} mode={mode} />;
}

/** The carried actions while the follow-up point runs, in normal mode (as the view). */
export function FollowUpLayer({ mode, theme }: { mode: string; theme: Theme }) {
  const workshop = useWorkshopState().snapshot?.workshop;
  if (!workshop || mode !== 'normal' || !isFollowUpActive(workshop)) return null;
  return <FollowUpProjection mode={mode} theme={theme} />;
}

/** How to join, while joining is open and the facilitator puts it up. */
export function JoinLayer() {
  const { projectorShowsJoin } = useSettings();
  const join = useJoinState();
  if (!projectorShowsJoin || !join?.open || !join.url || !join.code) return null;
  return <ProjectorJoin join={{ url: join.url, code: join.code }} />;
}
