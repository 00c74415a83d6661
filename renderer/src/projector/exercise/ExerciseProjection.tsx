// Test ids: projector-exercise (data-step-kind, data-switch-due), projector-exercise-title,
// projector-exercise-step, projector-exercise-prompt, projector-exercise-timer (the digits),
// projector-exercise-timer-display (data-phase), projector-exercise-turn,
// projector-exercise-switch, projector-exercise-pair (members: projector-exercise-member with
// data-speaking), projector-exercise-speaker, projector-exercise-next-speaker,
// projector-exercise-prompts. Paged items: pair:<members joined by +> holding member:<id>, and
// prompt:<n>.
import { useMemo, useRef } from 'react';
import { exerciseView, projectedExercise } from '../../../../shared/exercises/exerciseView';
import type { Workshop } from '../../../../shared/model/workshop';
import type { RoomId } from '../../../../shared/rooms';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { roomStyle } from '../../common/roomStyle';
import { TimerDisplay } from '../../common/timer/TimerDisplay';
import { useTimerEndClock } from '../../common/timer/useTimerStatus';
import { useTranslation } from '../../i18n/i18n';
import { range } from '../paging/fitPanel';
import { FittedTitle } from '../paging/FittedTitle';
import { PageBar } from '../paging/PageBar';
import { LAYERS } from '../paging/projectorPaging';
import { pagesOf, usePanelFit, useShowPage } from '../paging/usePanelFit';
import { useProjectorPage } from '../paging/useProjectorPage';
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
 * digits. Long texts wrap and shrink; the pairs and the prompts shrink to the type floor, then
 * page, so every pair is on some page and nothing runs under the timer.
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
  const hy = useHyphenate();
  const pairsBox = useRef<HTMLOListElement>(null);
  const promptsBox = useRef<HTMLUListElement>(null);
  const exercise = projectedExercise(workshop)?.exercise;
  const step =
    exercise && exercise.stepIndex !== null ? (exercise.steps[exercise.stepIndex] ?? null) : null;
  const now = useTimerEndClock(step?.timer ?? null);
  const view = exercise && step ? exerciseView(exercise, now) : null;
  // Keys from the workshop (one object per change), so a render alone never refits.
  const { prompts, pairKeys, promptKeys } = useMemo(() => {
    const ex = projectedExercise(workshop)?.exercise;
    const current = ex && ex.stepIndex !== null ? ex.steps[ex.stepIndex] : undefined;
    const shown = (current?.kind === 'discussion' ? ex?.prompts : undefined) ?? [];
    return {
      prompts: shown,
      pairKeys: current?.kind === 'pairs' ? (ex?.pairs ?? []).map((m) => m.join('+')) : [],
      promptKeys: shown.map((_, i) => String(i)),
    };
  }, [workshop]);
  const groups = view?.groups ?? [];
  const layout = [workshop.participants, step?.id, view?.prompt, hy];
  // The speaker changes only the weight of a name: refitting then keeps the layout honest.
  const speakers = groups.map((g) => g.speakerId).join();
  const pairsFit = usePanelFit(pairsBox, pairKeys, () => range(4), [speakers, ...layout]);
  const promptsFit = usePanelFit(promptsBox, promptKeys, () => range(5), layout);
  const { page, pages } = useProjectorPage(
    `exercise:${exerciseId}:${step?.id ?? ''}`,
    pagesOf(pairsFit, promptsFit),
    { layer: LAYERS.exercise, start: 'first' },
  );
  useShowPage(pairsBox, pairsFit, page);
  useShowPage(promptsBox, promptsFit, page);
  if (!exercise || exercise.id !== exerciseId || !step || !view) return null;
  const name = (id: string) => workshop.participants.find((p) => p.id === id)?.name ?? '?';
  const turn = view.turn;
  const hasList = groups.length > 0 || prompts.length > 0;

  return (
    <div
      className={hasList ? 'projector-exercise has-list' : 'projector-exercise'}
      data-testid="projector-exercise"
      data-step-kind={step.kind}
      data-switch-due={view.switchDue}
      style={room ? roomStyle(room, theme) : undefined}
    >
      <header className="projector-exercise-head">
        <FittedTitle
          text={exercise.title}
          maxPercent={4}
          lines={2}
          className="projector-exercise-title"
          testId="projector-exercise-title"
        />
        <p className="projector-exercise-step" data-testid="projector-exercise-step">
          {t('time.exercise.stepOf', { n: (view.stepIndex ?? 0) + 1, count: view.stepCount })} ·{' '}
          {hy(step.title)}
        </p>
      </header>
      <main className="projector-exercise-body">
        {view.prompt ? (
          <FittedTitle
            as="h1"
            text={view.prompt}
            maxPercent={hasList ? 5 : 7}
            lines={hasList ? 2 : 6}
            className="projector-exercise-prompt"
            testId="projector-exercise-prompt"
          />
        ) : null}
        {step.kind === 'pairs' && step.prompt && exercise.question ? (
          <FittedTitle
            text={exercise.question}
            maxPercent={4}
            lines={2}
            className="projector-exercise-question"
          />
        ) : null}
        {prompts.length > 0 ? (
          <ul
            className="projector-exercise-prompts"
            data-testid="projector-exercise-prompts"
            ref={promptsBox}
          >
            {prompts.map((p, i) => (
              <li key={`${i}:${p}`} data-pr-item={`prompt:${i}`}>
                {hy(p)}
              </li>
            ))}
          </ul>
        ) : null}
        {groups.length > 0 ? (
          <ol className="projector-exercise-pairs" ref={pairsBox}>
            {groups.map((group) => (
              <li
                key={group.members.join('+')}
                data-testid="projector-exercise-pair"
                data-pr-item={`pair:${group.members.join('+')}`}
              >
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
                    data-pr-item={`member:${id}`}
                  >
                    {id === group.speakerId ? (
                      <span className="projector-exercise-mic" aria-hidden="true">
                        ▶{' '}
                      </span>
                    ) : null}
                    <span className="pr-name">{name(id)}</span>
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
        <PageBar page={page} pages={pages} />
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
