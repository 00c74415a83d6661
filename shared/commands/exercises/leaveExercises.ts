import type { Draft } from 'immer';
import { turnCount, type Exercise } from '../../model/exercises';
import type { Workshop } from '../../model/workshop';

function leavePairs(exercise: Draft<Exercise>, participantId: string): void {
  if (!exercise.pairs.flat().includes(participantId)) return;
  exercise.pairs = exercise.pairs
    .map((group) => group.filter((id) => id !== participantId))
    .filter((group) => group.length > 0);
  for (const step of exercise.steps) {
    if (step.kind === 'pairs') step.speaker = Math.min(step.speaker, turnCount(exercise, step) - 1);
  }
}

function leaveRound(exercise: Draft<Exercise>, participantId: string): void {
  const theirs = exercise.speakers.filter((s) => s.participantIds.includes(participantId));
  if (theirs.length === 0) return;
  const before = exercise.speakers.map((s) => s.id);
  for (const speaker of theirs) {
    speaker.participantIds = speaker.participantIds.filter((id) => id !== participantId);
  }
  // A speaker left with nobody (a person, or an organisation whose last person left) goes.
  exercise.speakers = exercise.speakers.filter(
    (s) => s.participantIds.length > 0 || !theirs.includes(s),
  );
  // The word stays with whoever has it; if they left, it goes to whoever came next.
  for (const step of exercise.steps) {
    if (step.kind !== 'round') continue;
    const holder = before[step.speaker];
    const at = exercise.speakers.findIndex((s) => s.id === holder);
    step.speaker = at >= 0 ? at : Math.min(step.speaker, Math.max(0, exercise.speakers.length - 1));
  }
}

/**
 * Someone leaves the workshop: they leave every exercise's groups and round, so no screen shows
 * a pair with a person who is no longer there. Notes and ideas they gave stay in the record.
 */
export function leaveExercises(draft: Draft<Workshop>, participantId: string): void {
  for (const exercise of draft.agenda.flatMap((p) => p.exercises)) {
    leavePairs(exercise, participantId);
    leaveRound(exercise, participantId);
  }
}
