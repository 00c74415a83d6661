/**
 * Test data for the property test (reducer.property.test.ts): command inputs made against the
 * current workshop from a Dice. Two kinds: every command's accepted example (testing/
 * commandCases.ts) with fresh or existing ids and one field swapped for a value at or past a
 * limit; and makers aimed at what the schema caps (exercises per point, responses, own
 * questions, group pairs, an action's history, timers) and at running exercises, which the
 * examples' ids rarely reach. Inputs are often invalid on purpose. Used only by tests.
 */
import { formItems } from '../evaluation/forms';
import { ActionStatusSchema } from '../model/actions';
import { STEP_KINDS } from '../model/exercises';
import { ROOM_IDS } from '../rooms';
import { EvaluationFormIdSchema } from '../model/evaluation';
import type { Workshop } from '../model/workshop';
import { cases, type CommandInput } from './commandCases';
import { COUNTS, NUMBERS, type Dice } from './limitValues';

export type Maker = (w: Workshop, d: Dice, fresh: () => string) => unknown;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Commands are JSON (shared/ has no structuredClone). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const examples: CommandInput[] = Object.values(cases).flatMap((c) => (c ? [c.valid] : []));

/** Ids the workshop has, to aim commands at (a sample of the responses: there may be 5,000). */
export function knownIds(w: Workshop): string[] {
  const items: { id: string }[] = [
    ...w.participants,
    ...w.agenda,
    ...w.ideas,
    ...w.clusters,
    ...w.actions,
    ...w.killerFlags,
    ...w.dots,
    ...w.agenda.flatMap((p) => [...p.exercises, ...p.questions, ...p.positions, ...p.conclusions]),
    ...w.evaluation.ownQuestions,
    ...w.evaluation.pairs,
    ...w.evaluation.responses.slice(0, 8),
  ];
  return items.map((x) => x.id);
}

const ODD: unknown[] = [null, true, [], {}, undefined, -1, 'nope'];

/** A value at or past a limit, of the same kind as `value`, or something odd. */
function swap(value: Json, d: Dice, w: Workshop, fresh: () => string): unknown {
  if (d.chance(0.15)) return d.pick(ODD);
  if (typeof value === 'string') return d.chance(0.2) ? (d.pick(knownIds(w)) ?? fresh()) : d.text();
  if (typeof value === 'number') return d.pick(NUMBERS);
  if (Array.isArray(value) && value.length > 0) {
    const n = d.pick(COUNTS) ?? 0;
    return Array.from({ length: n }, (_, i) => renew(clone(value[i % value.length]!), fresh));
  }
  return d.pick(ODD);
}

/** Fresh ids in a copied array element, so a longer array is not refused for repeating ids. */
function renew(value: Json, fresh: () => string): Json {
  if (typeof value === 'string' && /^[a-z]+\d+$/.test(value)) return fresh();
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'id' in value) {
    return { ...value, id: fresh() };
  }
  return value;
}

/** Every (path, value) in a command but its type. */
function nodes(value: Json, at: (string | number)[] = []): [(string | number)[], Json][] {
  const here: [(string | number)[], Json][] = at.length > 0 ? [[at, value]] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => nodes(v, [...at, i]))];
  if (value !== null && typeof value === 'object') {
    const inner = Object.entries(value).flatMap(([k, v]) =>
      k === 'type' ? [] : nodes(v, [...at, k]),
    );
    return [...here, ...inner];
  }
  return here;
}

function setAt(root: Json, at: (string | number)[], next: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at.at(-1)!] = next;
}

/** Any command's example: new ids, ids the workshop has, and maybe one field at a limit. */
export const mutatedExample: Maker = (w, d, fresh) => {
  const command = clone(d.pick(examples)) as Json;
  for (const [at, value] of nodes(command)) {
    const key = at.at(-1);
    if (typeof value !== 'string' || typeof key !== 'string') continue;
    if (key === 'id' && d.chance(0.7)) setAt(command, at, fresh());
    else if (/Id$/.test(key) && d.chance(0.4)) setAt(command, at, d.pick(knownIds(w)) ?? value);
  }
  const all = nodes(command);
  if (all.length > 0 && d.chance(0.35)) {
    const [at, value] = d.pick(all)!;
    setAt(command, at, swap(value, d, w, fresh));
  }
  return command;
};

const pointWithMostExercises = (w: Workshop) =>
  [...w.agenda].sort((a, b) => b.exercises.length - a.exercises.length)[0];

/** A value past a payload limit now and then, so most commands get as far as the reducer. */
const past = <T>(d: Dice, ok: T, over: T): T => (d.chance(0.1) ? over : ok);

export const addExercise: Maker = (w, d, fresh) => {
  const point = d.chance(0.8) ? pointWithMostExercises(w) : d.pick(w.agenda);
  const steps = past(d, d.pick([1, 2, 20]) ?? 1, 21);
  const longStep = past(d, -1, d.int(steps));
  return {
    type: 'exercise.add',
    pointId: point?.id ?? 'nope',
    exercise: {
      id: fresh(),
      kind: 'custom',
      title: d.textUpTo(200),
      question: d.chance(0.5) ? '' : d.textUpTo(1000),
      prompts: Array.from({ length: past(d, d.pick([0, 20]) ?? 0, 21) }, () => d.textUpTo(500)),
      steps: Array.from({ length: steps }, (_, i) => ({
        id: fresh(),
        kind: d.pick(STEP_KINDS),
        title: d.textUpTo(200),
        prompt: '',
        minutes: i === longStep ? 601 : d.pick([0, 5, 600]),
      })),
    },
  };
};

export const removeExercise: Maker = (w, d) => ({
  type: 'exercise.remove',
  exerciseId: d.pick(pointWithMostExercises(w)?.exercises ?? [])?.id ?? 'nope',
});

export const score: Maker = (w, d, fresh) => {
  const formId = d.chance(0.7)
    ? (w.evaluation.openForm ?? 'pataevaers')
    : d.pick(EvaluationFormIdSchema.options)!;
  const items = formItems(w.evaluation, formId, 'da');
  const scores: Record<string, number> = {};
  for (const item of items) if (d.chance(0.6)) scores[item.id] = 1 + d.int(5);
  const first = items[0];
  if (first) scores[first.id] = past(d, 1 + d.int(5), 6);
  // Responses are kept sorted by id: a digit prefix inserts anywhere, 'z' at the end (an insert
  // into 5,000 costs immer ~10 ms, so most go to the end).
  return {
    type: 'evaluation.score',
    responseId: `${d.chance(0.7) ? 'z' : d.int(1000)}${fresh()}`,
    formId,
    scores,
    fromPaper: d.chance(0.5),
  };
};

export const removeResponse: Maker = (w, d) => ({
  type: 'evaluation.removeResponse',
  id: d.pick(w.evaluation.responses)?.id ?? 'nope',
});

export const openForm: Maker = (_w, d) => ({
  type: 'evaluation.open',
  formId: d.pick(EvaluationFormIdSchema.options),
});

export const addOwnQuestion: Maker = (_w, d, fresh) => ({
  type: 'evaluation.addQuestion',
  question: { id: fresh(), text: d.textUpTo(300) },
});

export const removeOwnQuestion: Maker = (w, d) => ({
  type: 'evaluation.removeQuestion',
  id: d.pick(w.evaluation.ownQuestions)?.id ?? 'nope',
});

export const setRcPairs: Maker = (w, d, fresh) => ({
  type: 'evaluation.setPairs',
  pairs: Array.from({ length: d.pick([0, 1, 29, 30, 31]) ?? 1 }, (_, i) => ({
    id: d.chance(0.3) ? (w.evaluation.pairs[i]?.id ?? fresh()) : fresh(),
    from: `Gruppe ${i}`,
    to: d.chance(0.5) ? 'h'.repeat(160) : `Modpart ${i}`,
  })),
});

export const followUp: Maker = (w, d) => ({
  type: 'action.followUp',
  id: d.pick(w.actions)?.id ?? 'nope',
  status: d.pick(ActionStatusSchema.options),
  note: d.chance(0.5) ? d.textUpTo(1000) : 'n'.repeat(1001),
});

const runningExercise = (w: Workshop) =>
  w.agenda.flatMap((p) => p.exercises).find((e) => e.status === 'running');

/** Runs exercises through their steps, speakers and notes (examples name ids the walk lacks). */
export const driveExercise: Maker = (w, d, fresh) => {
  const exercise = runningExercise(w) ?? d.pick(w.agenda.flatMap((p) => p.exercises));
  const exerciseId = exercise?.id ?? 'nope';
  const kind = d.pick(['note', 'idea']);
  return d.pick<unknown>([
    { type: 'exercise.start', exerciseId },
    { type: 'exercise.nextStep', exerciseId },
    { type: 'exercise.previousStep', exerciseId },
    { type: 'exercise.switchSpeaker', exerciseId },
    { type: 'exercise.switchSpeaker', exerciseId, speaker: d.pick(NUMBERS) },
    {
      type: 'exercise.note',
      exerciseId,
      id: fresh(),
      kind,
      text: d.textUpTo(d.pick([500, 2000])!),
    },
    { type: 'exercise.finish', exerciseId },
    {
      type: 'exercise.movePerson',
      exerciseId,
      participantId: d.pick(w.participants)?.id ?? 'nope',
      toGroupOf: d.chance(0.5) ? null : (d.pick(exercise?.pairs.flat() ?? []) ?? 'nope'),
    },
  ]);
};

/** Longer and shorter timers, by up to (and past) the ±600 minutes a command may add. */
export const extendTimer: Maker = (w, d) => {
  const pointId = (d.chance(0.7) ? w.activePointId : d.pick(w.agenda)?.id) ?? 'nope';
  const target = d.pick<unknown>([
    { kind: 'point', pointId },
    { kind: 'room', pointId, room: d.pick(ROOM_IDS) },
    { kind: 'speaker', pointId },
    { kind: 'exercise', exerciseId: runningExercise(w)?.id ?? 'nope' },
  ]);
  return { type: 'timer.extend', target, minutes: d.pick([-601, -600, -1, 0.5, 1, 5, 600, 601]) };
};

/** The makers aimed at what the schema counts (model/limits.ts), weighted to grow. */
export const GROWTH: readonly Maker[] = [
  addExercise,
  addExercise,
  addExercise,
  removeExercise,
  score,
  score,
  score,
  removeResponse,
  openForm,
  addOwnQuestion,
  removeOwnQuestion,
  setRcPairs,
  followUp,
  driveExercise,
  extendTimer,
];
