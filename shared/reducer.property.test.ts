// Every accepted command leaves a valid workshop. The host validates each command but not the
// workshop that results (createHost.ts): it trusts the reducer, so that a saved file always
// reopens. fast-check drives walks of commands, undo, redo and "next meeting in this series",
// made to reach and pass the schema's limits (testing/limitValues.ts reads them from the schemas;
// testing/commandMakers.ts makes the commands), from four starting workshops: an ordinary meeting
// and three built just short of the count limits.
//
// What is checked:
// - WorkshopSchema.safeParse, and that what it returns equals the state (what a reopened file
//   holds is what the host held): after EVERY accepted step in the small workshops (checkEvery
//   1); in the big ones after every step whose patches touch a counted part (exercises, the
//   evaluation, the series, an action's history) and after every `checkEvery`-th other step;
//   always at the end of each walk.
// - A refused step throws a DomainError (anything else fails the test) and leaves the state as
//   it was: the walk keeps the same object, and every state is deep-frozen (the start by the
//   walk, the rest by immer; checked on every 100th step), so a write to it would have thrown.
// - The walks are not vacuous: over 100,000 commands, every command type accepted at least once,
//   and each count limit refused at least once.
import fc from 'fast-check';
import type { Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { definitions } from './commands';
import { DomainError } from './errors';
import { emptyHistory, record, redo, undo, type History } from './history';
import { WorkshopSchema, type Workshop } from './model/workshop';
import { parseCommand, reduce } from './reducer';
import { nextMeeting } from './series/nextMeeting';
import { GROWTH, mutatedExample } from './testing/commandMakers';
import { Dice } from './testing/limitValues';
import {
  nearCountLimits,
  nearMeeting999,
  nearResponseLimit,
  ordinaryMeeting,
} from './testing/limitStarts';

interface Scenario {
  start: () => Workshop;
  runs: number;
  steps: number;
  /** Chances per step; the rest are mutated examples of every command. */
  growth: number;
  undo: number;
  redo: number;
  nextMeeting: number;
  checkEvery: number;
}

const SCENARIOS: Record<string, Scenario> = {
  'an ordinary meeting': {
    start: ordinaryMeeting,
    runs: 84,
    steps: 1_200,
    growth: 0.15,
    undo: 0.08,
    redo: 0.04,
    nextMeeting: 0.002,
    checkEvery: 1,
  },
  'a meeting just short of the count limits': {
    start: nearCountLimits,
    runs: 12,
    steps: 1_000,
    growth: 0.4,
    undo: 0.1,
    redo: 0.05,
    nextMeeting: 0,
    checkEvery: 1,
  },
  'a meeting with almost 5,000 responses': {
    start: nearResponseLimit,
    runs: 2,
    steps: 400,
    growth: 0.7,
    undo: 0.04,
    redo: 0.02,
    nextMeeting: 0,
    checkEvery: 50,
  },
  'a series near meeting 999': {
    start: nearMeeting999,
    runs: 6,
    steps: 1_000,
    growth: 0.2,
    undo: 0.08,
    redo: 0.04,
    nextMeeting: 0.02,
    checkEvery: 20,
  },
};

const totals = {
  commands: 0,
  accepted: 0,
  types: new Set<string>(),
  limits: new Map<string, number>(),
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

const COUNTED = (path: Patch['path']) =>
  path[0] === 'evaluation' ||
  path[0] === 'series' ||
  (path[0] === 'agenda' && (path.length < 3 || path[2] === 'exercises')) ||
  (path[0] === 'actions' && (path.length < 3 || path[2] === 'history'));

function check(state: Workshop, what: () => string): void {
  const parsed = WorkshopSchema.safeParse(state);
  if (!parsed.success) throw new Error(`${what()}: ${parsed.error.message.slice(0, 2_000)}`);
  expect(parsed.data, `${what()}: changes when reopened`).toStrictEqual(state);
}

function walk(s: Scenario, dice: Dice): void {
  let state = deepFreeze(s.start());
  check(state, () => 'the start');
  let history: History = emptyHistory;
  let n = 0;
  const fresh = () => `f${n++}`;
  for (let step = 0; step < s.steps; step++) {
    const now = 5_000_000 + step * 1_000;
    const roll = dice.int(10_000) / 10_000;
    let label = '';
    let patches: Patch[] | null = null; // null: the whole workshop is new
    try {
      if (roll < s.undo) {
        label = 'undo';
        ({ state, history, patches } = undo(state, history));
      } else if (roll < s.undo + s.redo) {
        label = 'redo';
        ({ state, history, patches } = redo(state, history));
      } else if (roll < s.undo + s.redo + s.nextMeeting) {
        label = 'next meeting';
        state = deepFreeze(nextMeeting(state, { language: 'da', newId: fresh }));
        history = emptyHistory;
      } else {
        const make = dice.chance(s.growth / (1 - s.undo - s.redo - s.nextMeeting))
          ? dice.pick(GROWTH)!
          : mutatedExample;
        const input = make(state, dice, fresh);
        label = JSON.stringify(input)?.slice(0, 300) ?? String(input);
        totals.commands++;
        const command = parseCommand(input);
        const applied = reduce(state, command, { now });
        history = record(history, { label: command.type, ...applied });
        ({ state, patches } = applied);
        totals.accepted++;
        totals.types.add(command.type);
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'limit-reached') {
        const field = String(error.details?.['field']);
        totals.limits.set(field, (totals.limits.get(field) ?? 0) + 1);
      }
      continue;
    }
    const touched = patches === null || patches.some((p) => COUNTED(p.path));
    if (touched || step % s.checkEvery === 0) check(state, () => `step ${step}, ${label}`);
    if (step % 100 === 0) expect(isDeepFrozen(state), `step ${step}, ${label}`).toBe(true);
  }
  check(state, () => 'the end of the walk');
}

describe('every accepted command leaves a valid workshop', () => {
  it.each(Object.entries(SCENARIOS))(
    'from %s',
    (_name, s) => {
      const choices = fc.array(fc.noBias(fc.nat()), {
        minLength: s.steps * 40,
        maxLength: s.steps * 40,
      });
      // endOnFailure: a walk is long to shrink; the error names the step and the command.
      fc.assert(
        fc.property(choices, (values) => walk(s, new Dice(values))),
        { numRuns: s.runs, endOnFailure: true },
      );
    },
    60_000,
  );

  it('made over 100,000 commands, accepted every kind and reached every count limit', () => {
    expect(totals.commands).toBeGreaterThanOrEqual(100_000);
    expect(totals.accepted).toBeGreaterThan(totals.commands / 5);
    expect(definitions.map((d) => d.type).filter((t) => !totals.types.has(t))).toEqual([]);
    expect([...totals.limits.keys()].sort()).toEqual([
      'agenda.exercises',
      'evaluation.ownQuestions',
      'evaluation.responses',
      'series.number',
    ]);
  });
});
