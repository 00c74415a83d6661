/**
 * Test data for the property test (reducer.property.test.ts): workshops to start its walks from,
 * an ordinary meeting and three just short of the count limits (model/limits.ts), so that a walk
 * of a thousand steps reaches them, goes past them and comes back. Used only by tests.
 */
import type { Command } from '../commands';
import { LIMITS } from '../model/limits';
import type { Workshop } from '../model/workshop';
import { reduce } from '../reducer';
import { meeting } from './commandCases';

const copy = (w: Workshop): Workshop => JSON.parse(JSON.stringify(w)) as Workshop;

function apply(w: Workshop, commands: Command[]): Workshop {
  return commands.reduce((s, c, i) => reduce(s, c, { now: 2_000 + i }).state, w);
}

export const ordinaryMeeting = meeting;

const text = (n: number) => 't'.repeat(n);

/** Two short of the exercises on pt1 and of the own questions; texts at their maximum. */
export function nearCountLimits(): Workshop {
  const exercises: Command[] = Array.from({ length: LIMITS.exercisesPerPoint - 2 }, (_, i) => ({
    type: 'exercise.add',
    pointId: 'pt1',
    exercise: {
      id: `x${i}`,
      kind: 'pair',
      title: text(200),
      question: text(1000),
      prompts: [],
      steps: [
        { id: `x${i}-1`, kind: 'pairs', title: '', prompt: '', minutes: 600 },
        { id: `x${i}-2`, kind: 'round', title: '', prompt: '', minutes: 0 },
      ],
    },
  }));
  const questions: Command[] = Array.from({ length: LIMITS.ownQuestions - 2 }, (_, i) => ({
    type: 'evaluation.addQuestion',
    question: { id: `q${i}`, text: text(300) },
  }));
  return apply(meeting(), [
    ...exercises,
    ...questions,
    { type: 'workshop.update', title: text(200), place: text(200), facilitator: text(120) },
    { type: 'point.setClarification', id: 'pt1', changes: { problem: text(2000) } },
    { type: 'evaluation.open', formId: 'pataevaers' },
  ]);
}

/** PÅ TVÆRS open, with 5 responses short of the limit (built directly: the start only). */
export function nearResponseLimit(): Workshop {
  const w = copy(apply(meeting(), [{ type: 'evaluation.open', formId: 'pataevaers' }]));
  w.evaluation.responses = Array.from({ length: LIMITS.evaluationResponses - 5 }, (_, i) => ({
    id: `r${String(i).padStart(5, '0')}`,
    formId: 'pataevaers',
    scores: { pt9: 1 + (i % 5) },
  }));
  return w;
}

/** Meeting 994 of a series, action a1 followed up at every earlier meeting. */
export function nearMeeting999(): Workshop {
  const w = copy(meeting());
  const number = LIMITS.seriesNumber - 5;
  const earlier = Array.from({ length: number - 1 }, (_, i) => i + 1);
  w.series = {
    id: 'series',
    number,
    meetings: earlier.map((m) => ({ workshopId: `w${m}`, number: m, title: '', date: '' })),
    followUpPointId: 'pt1',
  };
  for (const action of w.actions) {
    action.history = earlier.map((m) => ({ meeting: m, date: '', status: 'open', note: '' }));
  }
  return w;
}
