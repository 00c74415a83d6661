import { nanoid } from 'nanoid';
import { exerciseView } from '../../../../shared/exercises/exerciseView';
import { saveExercise } from '../../../../shared/exercises/library';
import type { Exercise } from '../../../../shared/model/exercises';
import type { Participant } from '../../../../shared/model/workshop';
import { useSend } from '../../common/hostContext';
import { useCan } from '../../common/roleContext';
import { useTimerEndClock } from '../../common/timer/useTimerStatus';
import { currentLanguage, useTranslation } from '../../i18n/i18n';
import { ReadOnlyUnless } from '../ReadOnlyUnless';
import { TimerControls } from '../time/TimerControls';
import { ExerciseNotes } from './ExerciseNotes';
import { ExercisePairs } from './ExercisePairs';
import { ExerciseRound } from './ExerciseRound';
import { useSavedExercises } from './savedExercises';

interface Props {
  exercise: Exercise;
  participants: readonly Participant[];
  /** Another exercise runs: this one cannot start. */
  otherRunning: boolean;
}

/** One exercise on the point: set it up, run it step by step, capture what comes out. */
export function ExerciseCard({ exercise, participants, otherRunning }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const { save: keep } = useSavedExercises();
  const running = exercise.status === 'running';
  const step = exercise.stepIndex === null ? null : exercise.steps[exercise.stepIndex];
  // Read again when the turn is up, so "time to switch" shows; the digits redraw on their own.
  const now = useTimerEndClock(running && step ? step.timer : null);
  const view = exerciseView(exercise, now);
  const id = { exerciseId: exercise.id };
  const hasPairs = exercise.steps.some((s) => s.kind === 'pairs');
  const hasRound = exercise.steps.some((s) => s.kind === 'round');
  const turn = view.turn;
  // Issue 16: a referent writes the exercise's notes; running it is for those who may.
  const mayRun = useCan('exercise.start');

  function save(): void {
    void keep(saveExercise(exercise, nanoid(), currentLanguage(), Date.now()));
  }

  return (
    <article
      className={`exercise-card is-${exercise.status}`}
      data-testid="exercise-card"
      data-exercise-id={exercise.id}
      data-status={exercise.status}
    >
      <header className="exercise-card-head">
        <h3>{exercise.title}</h3>
        <span className={`status-badge is-${exercise.status}`}>
          {t(`time.exercise.status.${exercise.status}`)}
        </span>
      </header>
      {exercise.question ? <p className="exercise-question">{exercise.question}</p> : null}
      {exercise.prompts.length > 0 ? (
        <ul className="exercise-prompts" data-testid="exercise-prompts">
          {exercise.prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <ol className="exercise-steps">
        {exercise.steps.map((s, i) => (
          <li key={s.id} className={i === exercise.stepIndex ? 'is-current' : ''}>
            {s.title} · {t('time.exercise.stepMinutes', { minutes: s.minutes })}
            {s.kind === 'pairs' || s.kind === 'round' ? ` ${t('time.exercise.perTurn')}` : ''}
          </li>
        ))}
      </ol>

      <ReadOnlyUnless may={mayRun}>
        {running && step ? (
          <div className="exercise-run">
            <p className="exercise-step" data-testid="exercise-step" data-step-kind={step.kind}>
              {t('time.exercise.stepOf', { n: (view.stepIndex ?? 0) + 1, count: view.stepCount })} ·{' '}
              <strong>{step.title}</strong>
              {turn
                ? ` · ${t('time.exercise.turnOf', { n: turn.index + 1, count: turn.count })}`
                : ''}
            </p>
            {view.prompt && view.prompt !== exercise.question ? (
              <p className="exercise-prompt">{view.prompt}</p>
            ) : null}
            <TimerControls
              target={{ kind: 'exercise', exerciseId: exercise.id }}
              name="exercise"
              timer={step.timer}
              label={t('time.timers.exercise')}
              chime
            />
            {view.switchDue ? (
              <p className="exercise-switch-due" data-testid="exercise-switch-due" role="status">
                {step.kind === 'pairs'
                  ? t('time.exercise.switchNow')
                  : t('time.exercise.nextSpeakerNow')}
              </p>
            ) : null}
            <div className="exercise-row">
              <button
                type="button"
                className="button"
                data-testid="exercise-previous"
                disabled={view.stepIndex === 0}
                onClick={() => void send({ type: 'exercise.previousStep', ...id })}
              >
                ← {t('time.exercise.previous')}
              </button>
              {turn ? (
                <button
                  type="button"
                  className={`button${view.switchDue ? ' button-primary' : ''}`}
                  data-testid="exercise-switch"
                  disabled={turn.index + 1 >= turn.count}
                  onClick={() => void send({ type: 'exercise.switchSpeaker', ...id })}
                >
                  {step.kind === 'pairs'
                    ? t('time.exercise.switch')
                    : t('time.exercise.nextSpeaker')}
                </button>
              ) : null}
              <button
                type="button"
                className="button button-primary"
                data-testid="exercise-next"
                disabled={view.nextStep === null}
                onClick={() => void send({ type: 'exercise.nextStep', ...id })}
              >
                {t('time.exercise.next')} →
              </button>
              <button
                type="button"
                className="button"
                data-testid="exercise-finish"
                onClick={() => void send({ type: 'exercise.finish', ...id })}
              >
                {t('time.exercise.finish')}
              </button>
            </div>
          </div>
        ) : null}

        {hasPairs && exercise.status !== 'done' ? (
          <ExercisePairs
            exercise={exercise}
            participants={participants}
            speaker={step?.kind === 'pairs' ? step.speaker : null}
          />
        ) : null}
        {hasRound && exercise.status !== 'done' ? (
          <ExerciseRound
            exercise={exercise}
            participants={participants}
            speaker={step?.kind === 'round' ? step.speaker : null}
          />
        ) : null}
      </ReadOnlyUnless>
      {exercise.status !== 'ready' ? <ExerciseNotes exercise={exercise} /> : null}

      {mayRun ? (
        <div className="exercise-row exercise-card-actions">
          {exercise.status === 'ready' ? (
            <button
              type="button"
              className="button button-primary"
              data-testid="exercise-start"
              disabled={otherRunning || (hasPairs && exercise.pairs.length === 0)}
              onClick={() => void send({ type: 'exercise.start', ...id })}
            >
              {t('time.exercise.start')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-quiet button-small"
            data-testid="exercise-save"
            onClick={save}
          >
            {t('time.exercise.save')}
          </button>
          {exercise.status !== 'running' ? (
            <button
              type="button"
              className="button button-quiet button-small"
              data-testid="exercise-remove"
              onClick={() => void send({ type: 'exercise.remove', ...id })}
            >
              {t('time.exercise.remove')}
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
