/*
 * The exercises' kinds and how long their steps run, as plain data and functions: no zod here,
 * so the pages import them without the schemas (shared/model/exercises.ts builds its schemas
 * from these lists and re-exports the rest).
 */

/**
 * The workshop exercises of docs/method.md § Exercises, rounds and turns, plus whatever the
 * facilitator composes.
 */
export const EXERCISE_KINDS = ['pair', 'round', 'discussion', 'custom'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/**
 * individual: each on their own; pairs: in pairs (a trio when odd) taking turns to speak;
 * round: one speaker after another; discussion: groups talk with prompt questions;
 * plenary: everyone together, summing up.
 */
export const STEP_KINDS = ['individual', 'pairs', 'round', 'discussion', 'plenary'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/**
 * What the turns are counted from: an exercise's groups and speakers, and a step's kind and
 * length (an Exercise and a StepDefinition have them; typed here so this file needs no schema).
 */
export interface TurnTakers {
  pairs: readonly (readonly string[])[];
  speakers: readonly unknown[];
}
export interface TimedStep {
  kind: StepKind;
  minutes: number;
}

/** Steps in which people speak one after another, each with a turn of `minutes`. */
export function hasSpeakingTurns(kind: StepKind): boolean {
  return kind === 'pairs' || kind === 'round';
}

/**
 * How many speaking turns a step has: in pairs, one per member of the largest group (2, or 3
 * with a trio); in a round, one per speaker; otherwise the step is one stretch of time.
 */
export function turnCount(exercise: TurnTakers, step: TimedStep): number {
  if (step.kind === 'pairs') return Math.max(2, ...exercise.pairs.map((g) => g.length));
  if (step.kind === 'round') return Math.max(1, exercise.speakers.length);
  return 1;
}

/** The planned length of a step in minutes: turn length × turns where people take turns. */
export function stepMinutes(exercise: TurnTakers, step: TimedStep): number {
  return step.minutes * turnCount(exercise, step);
}
