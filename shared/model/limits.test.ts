// Each command that can grow a workshop into a schema limit refuses at the limit with
// `limit-reached`, naming the field and the limit, and leaves the state as it was. The states
// built at each limit also check that LIMITS agrees with the schema: `limit` items pass it,
// one more does not.
import { describe, expect, it } from 'vitest';
import type { Command } from '../commands';
import { withPairExercise } from '../commands/exercises/exerciseFixture';
import { DomainError } from '../errors';
import { reduce } from '../reducer';
import { nextMeeting } from '../series/nextMeeting';
import { run, runningWorkshop } from '../testing/fixture';
import { LIMITS } from './limits';
import { WorkshopSchema, type Workshop } from './workshop';

function refusal(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('not refused');
}

const valid = (w: Workshop) => WorkshopSchema.safeParse(w).success;

/** pt1 holding `count` copies of the pair exercise ex1. */
function withExercises(count: number): Workshop {
  const w = structuredClone(withPairExercise());
  const point = w.agenda[0]!;
  const ex = point.exercises[0]!;
  point.exercises = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(ex),
    id: `x${i}`,
  }));
  return w;
}

const addExercise: Command = {
  type: 'exercise.add',
  pointId: 'pt1',
  exercise: {
    id: 'new',
    kind: 'custom',
    title: 'Tre ord',
    question: '',
    prompts: [],
    steps: [{ id: 'new-1', kind: 'plenary', title: '', prompt: '', minutes: 5 }],
  },
};

/** Evaluation open for PÅ TVÆRS with `count` responses. */
function withResponses(count: number): Workshop {
  const w = structuredClone(
    run(runningWorkshop(), [{ type: 'evaluation.open', formId: 'pataevaers' }]),
  );
  w.evaluation.responses = Array.from({ length: count }, (_, i) => ({
    id: `r${String(i).padStart(5, '0')}`,
    formId: 'pataevaers' as const,
    scores: { pt9: 3 },
  }));
  return w;
}

const score: Command = {
  type: 'evaluation.score',
  responseId: 'zzz',
  formId: 'pataevaers',
  scores: { pt9: 4 },
  fromPaper: false,
};

function withOwnQuestions(count: number): Workshop {
  const w = structuredClone(runningWorkshop());
  w.evaluation.ownQuestions = Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    text: `Q${i}`,
  }));
  return w;
}

const addQuestion: Command = {
  type: 'evaluation.addQuestion',
  question: { id: 'new', text: 'Borgeren er med' },
};

/** Meeting `number` of a series, with `meetings` earlier ones listed. */
function inSeries(number: number, meetings = number - 1): Workshop {
  const w = structuredClone(runningWorkshop());
  w.series = {
    id: 's',
    number,
    meetings: Array.from({ length: meetings }, (_, i) => ({
      workshopId: `w${i}`,
      number: Math.min(i + 1, LIMITS.seriesNumber),
      title: '',
      date: '',
    })),
    followUpPointId: null,
  };
  return w;
}

let n = 0;
const next = (w: Workshop) => nextMeeting(w, { language: 'da', newId: () => `n${++n}` });

const commandCases = [
  ['exercise.add', withExercises, LIMITS.exercisesPerPoint, addExercise, 'agenda.exercises'],
  ['evaluation.score', withResponses, LIMITS.evaluationResponses, score, 'evaluation.responses'],
  [
    'evaluation.addQuestion',
    withOwnQuestions,
    LIMITS.ownQuestions,
    addQuestion,
    'evaluation.ownQuestions',
  ],
] as const;

describe('commands refuse at the schema limits', () => {
  it.each(commandCases)('%s', (_type, at, limit, command, field) => {
    // LIMITS agrees with the schema.
    expect(valid(at(limit))).toBe(true);
    expect(valid(at(limit + 1))).toBe(false);

    const below = reduce(at(limit - 1), command, { now: 9_000 }).state;
    expect(valid(below)).toBe(true);

    const full = at(limit);
    const copy = structuredClone(full);
    const error = refusal(() => reduce(full, command, { now: 9_000 }));
    expect(error.code).toBe('limit-reached');
    expect(error.details).toEqual({ field, limit });
    expect(full).toEqual(copy);
  });
});

describe('the next meeting of a series', () => {
  it('is refused after meeting 999, which is as far as a series goes', () => {
    expect(valid(inSeries(LIMITS.seriesNumber))).toBe(true);
    expect(valid(inSeries(LIMITS.seriesNumber + 1))).toBe(false);
    expect(valid(next(inSeries(LIMITS.seriesNumber - 1)))).toBe(true);

    const error = refusal(() => next(inSeries(LIMITS.seriesNumber)));
    expect(error.code).toBe('limit-reached');
    expect(error.details).toEqual({ field: 'series.number', limit: LIMITS.seriesNumber });
  });

  it('is refused when the list of earlier meetings is full', () => {
    expect(valid(inSeries(500, LIMITS.seriesMeetings))).toBe(true);
    expect(valid(inSeries(500, LIMITS.seriesMeetings + 1))).toBe(false);
    expect(valid(next(inSeries(500, LIMITS.seriesMeetings - 1)))).toBe(true);

    const error = refusal(() => next(inSeries(500, LIMITS.seriesMeetings)));
    expect(error.details).toEqual({ field: 'series.meetings', limit: LIMITS.seriesMeetings });
  });
});
