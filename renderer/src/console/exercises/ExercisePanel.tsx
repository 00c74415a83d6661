// Test ids: exercise-panel, exercise-library, exercise-add, exercise-card (data-status),
// exercise-start, exercise-step (data-step-kind), exercise-previous, exercise-next,
// exercise-switch, exercise-switch-due, exercise-finish, exercise-draw, exercise-pair,
// exercise-move-<participantId>, exercise-speakers-person, exercise-speakers-organisation,
// exercise-speaker, exercise-prompts, exercise-note-text, exercise-note-add, exercise-idea-add,
// exercise-note, exercise-save, exercise-remove; the step timer: timer-exercise(-value|-start|
// -pause|-resume|-plus1|-plus5|-reset). Projector: see projector/exercise/ExerciseProjection.
import { useId } from 'react';
import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import '../../styles/time.css';
import { useTranslation } from '../../i18n/i18n';
import { useCan } from '../../common/roleContext';
import { lazyPart } from '../../common/lazy/lazyPart';

// Exercises are used on some points only: the library and the cards (pairs, rounds, notes)
// load when the panel first shows, or in idle time after the first screen.
const ExerciseCard = lazyPart(() => import('./ExerciseCard').then((m) => m.ExerciseCard));
const ExerciseLibrary = lazyPart(() => import('./ExerciseLibrary').then((m) => m.ExerciseLibrary));

/** The running point's exercises: pair exercise, round, group discussion, or one saved. */
export function ExercisePanel({
  workshop,
  point,
}: {
  workshop: Pick<Workshop, 'agenda' | 'participants'>;
  point: AgendaPoint;
}) {
  const { t } = useTranslation();
  const id = useId();
  const mayAdd = useCan('exercise.add');
  const runningAnywhere = workshop.agenda.some((p) =>
    p.exercises.some((e) => e.status === 'running'),
  );
  // A referent (issue 16) with no exercise on the point has nothing here to see or do.
  if (!mayAdd && point.exercises.length === 0) return null;
  return (
    <section
      className="panel exercise-panel"
      data-testid="exercise-panel"
      aria-labelledby={`${id}-h`}
    >
      <div className="panel-head">
        <h2 id={`${id}-h`}>{t('time.exercise.heading')}</h2>
      </div>
      {point.exercises.map((exercise) => (
        <ExerciseCard
          key={exercise.id}
          exercise={exercise}
          participants={workshop.participants}
          otherRunning={runningAnywhere}
        />
      ))}
      {mayAdd ? <ExerciseLibrary pointId={point.id} /> : null}
    </section>
  );
}
