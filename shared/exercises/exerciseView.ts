import type { Exercise, ExerciseStep, RoundSpeaker } from '../model/exercises';
import { hasSpeakingTurns, stepMinutes, turnCount } from '../model/exerciseSteps';
import type { Workshop } from '../model/workshop';
import { timerStatus, type TimerStatus } from '../timerClock';

export interface GroupNow {
  members: string[];
  /** Who speaks in this group now; null when the group has fewer members than turns. */
  speakerId: string | null;
}

/** What the console and the projector show of an exercise at a moment. */
export interface ExerciseView {
  exercise: Exercise;
  step: ExerciseStep | null;
  stepIndex: number | null;
  stepCount: number;
  nextStep: ExerciseStep | null;
  /** The step's prompt, else the exercise's question. */
  prompt: string;
  timer: TimerStatus | null;
  /** Speaking turns in this step: which one (0-based) of how many; null when none. */
  turn: { index: number; count: number } | null;
  /** Pairs step: each group and who in it has the word. */
  groups: GroupNow[];
  /** Round step: who speaks, and who is next. */
  speaker: RoundSpeaker | null;
  nextSpeaker: RoundSpeaker | null;
  /** The turn's time is up and another turn is left: time to switch who speaks. */
  switchDue: boolean;
  /** The planned length of the whole exercise, in minutes. */
  plannedMinutes: number;
}

export function exerciseView(exercise: Exercise, now: number): ExerciseView {
  const stepIndex = exercise.stepIndex;
  const step = stepIndex === null ? null : (exercise.steps[stepIndex] ?? null);
  const turns = step && hasSpeakingTurns(step.kind) ? turnCount(exercise, step) : null;
  const timer = step ? timerStatus(step.timer, now) : null;
  const groups =
    step?.kind === 'pairs'
      ? exercise.pairs.map((members) => ({ members, speakerId: members[step.speaker] ?? null }))
      : [];
  const inRound = step?.kind === 'round';
  return {
    exercise,
    step,
    stepIndex,
    stepCount: exercise.steps.length,
    nextStep: stepIndex === null ? null : (exercise.steps[stepIndex + 1] ?? null),
    prompt: step?.prompt || exercise.question,
    timer,
    turn: step && turns !== null ? { index: step.speaker, count: turns } : null,
    groups,
    speaker: inRound ? (exercise.speakers[step.speaker] ?? null) : null,
    nextSpeaker: inRound ? (exercise.speakers[step.speaker + 1] ?? null) : null,
    switchDue:
      exercise.status === 'running' &&
      step !== null &&
      turns !== null &&
      step.speaker + 1 < turns &&
      timer !== null &&
      timer.remainingMs === 0,
    plannedMinutes: exercise.steps.reduce((sum, s) => sum + stepMinutes(exercise, s), 0),
  };
}

/** The exercise running anywhere in the workshop (one at a time), with its point's id. */
export function runningExercise(
  workshop: Workshop,
): { pointId: string; exercise: Exercise } | null {
  for (const point of workshop.agenda) {
    const exercise = point.exercises.find((e) => e.status === 'running');
    if (exercise) return { pointId: point.id, exercise };
  }
  return null;
}

/**
 * The exercise the projector shows: the one running on the active point (the console runs the
 * active point's exercises), whichever room the group is in, or none.
 */
export function projectedExercise(
  workshop: Workshop,
): { pointId: string; exercise: Exercise } | null {
  const running = runningExercise(workshop);
  return running && running.pointId === workshop.activePointId ? running : null;
}
