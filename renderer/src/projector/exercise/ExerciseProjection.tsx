// Test ids: projector-exercise (data-step-kind, data-switch-due), projector-exercise-title,
// projector-exercise-step, projector-exercise-prompt, projector-exercise-timer (the digits),
// projector-exercise-timer-display (data-phase), projector-exercise-turn,
// projector-exercise-switch, projector-exercise-pair (members: projector-exercise-member with
// data-speaking), projector-exercise-speaker, projector-exercise-next-speaker,
// projector-exercise-prompts.
import { useTranslation } from 'react-i18next';
import { exerciseView, projectedExercise } from '../../../../shared/exercises/exerciseView';
import type { Workshop } from '../../../../shared/model/workshop';
import type { RoomId } from '../../../../shared/rooms';
import { roomStyle } from '../../common/roomStyle';
import { TimerDisplay } from '../../common/timer/TimerDisplay';
import { useTimerEndClock } from '../../common/timer/useTimerStatus';
import '../../styles/time.css';

interface Props {
  workshop: Workshop;
  /** The room the group is in, for the colour of the top rule; null in a break or between. */
  room: RoomId | null;
  theme: 'light' | 'dark';
}

/**
 * While an exercise runs on the active point, the projector shows it over whatever is under it
 * (a room, a break, the programme, the time): the question, the step, the pairs with who speaks
 * now (and when to switch), the round's speaker and who is next, and the time left in large
 * digits.
 */
export function ExerciseProjection({ workshop, room, theme }: Props) {
  const running = projectedExercise(workshop);
  if (!running) return null;
  return (
    <RunningExercise
      workshop={workshop}
      exerciseId={running.exercise.id}
      room={room}
      theme={theme}
    />
  );
}

function RunningExercise({ workshop, exerciseId, room, theme }: Props & { exerciseId: string }) {
  const { t } = useTranslation();
  const exercise = projectedExercise(workshop)?.exercise;
  const step =
    exercise && exercise.stepIndex !== null ? (exercise.steps[exercise.stepIndex] ?? null) : null;
  const now = useTimerEndClock(step?.timer ?? null);
  if (!exercise || exercise.id !== exerciseId || !step) return null;
  const view = exerciseView(exercise, now);
  const name = (id: string) => workshop.participants.find((p) => p.id === id)?.name ?? '?';
  const turn = view.turn;

  return (
    <div
      className="projector-exercise"
      data-testid="projector-exercise"
      data-step-kind={step.kind}
      data-switch-due={view.switchDue}
      style={room ? roomStyle(room, theme) : undefined}
    >
      <header className="projector-exercise-head">
        <p className="projector-exercise-title" data-testid="projector-exercise-title">
          {exercise.title}
        </p>
        <p className="projector-exercise-step" data-testid="projector-exercise-step">
          {t('time.exercise.stepOf', { n: (view.stepIndex ?? 0) + 1, count: view.stepCount })} ·{' '}
          {step.title}
        </p>
      </header>
      <main className="projector-exercise-body">
        {view.prompt ? (
          <h1 className="projector-exercise-prompt" data-testid="projector-exercise-prompt">
            {view.prompt}
          </h1>
        ) : null}
        {step.kind === 'pairs' && step.prompt && exercise.question ? (
          <p className="projector-exercise-question">{exercise.question}</p>
        ) : null}
        {step.kind === 'discussion' && exercise.prompts.length > 0 ? (
          <ul className="projector-exercise-prompts" data-testid="projector-exercise-prompts">
            {exercise.prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        {view.groups.length > 0 ? (
          <ol className="projector-exercise-pairs">
            {view.groups.map((group) => (
              <li key={group.members.join('+')} data-testid="projector-exercise-pair">
                {group.members.map((id) => (
                  <span
                    key={id}
                    className={
                      id === group.speakerId
                        ? 'projector-exercise-member is-speaking'
                        : 'projector-exercise-member'
                    }
                    data-testid="projector-exercise-member"
                    data-speaking={id === group.speakerId}
                  >
                    {id === group.speakerId ? (
                      <span className="projector-exercise-mic" aria-hidden="true">
                        ▶{' '}
                      </span>
                    ) : null}
                    {name(id)}
                  </span>
                ))}
              </li>
            ))}
          </ol>
        ) : null}
        {step.kind === 'round' ? (
          <div className="projector-exercise-round">
            <p data-testid="projector-exercise-speaker">
              {t('time.exercise.speakingNow')}: <strong>{view.speaker?.label ?? '–'}</strong>
            </p>
            {view.nextSpeaker ? (
              <p data-testid="projector-exercise-next-speaker">
                {t('time.exercise.next')}: {view.nextSpeaker.label}
              </p>
            ) : null}
          </div>
        ) : null}
      </main>
      <footer className="projector-exercise-foot">
        <div className="projector-exercise-status">
          {turn ? (
            <p data-testid="projector-exercise-turn">
              {step.kind === 'pairs'
                ? t('time.exercise.pairTurn', { n: turn.index + 1, count: turn.count })
                : t('time.exercise.turnOf', { n: turn.index + 1, count: turn.count })}
            </p>
          ) : null}
          {view.switchDue ? (
            <p className="projector-exercise-switch" data-testid="projector-exercise-switch">
              {step.kind === 'pairs'
                ? t('time.exercise.switchNow')
                : t('time.exercise.nextSpeakerNow')}
            </p>
          ) : null}
        </div>
        <TimerDisplay
          timer={step.timer}
          label={t('time.timers.exercise')}
          className="projector-exercise-timer"
          testId="projector-exercise-timer-display"
          valueTestId="projector-exercise-timer"
        />
      </footer>
    </div>
  );
}
