/**
 * Test data: an accepted and a refused example of each evaluation command, in the shape of
 * shared/testing/commandCases.ts (which spreads these in, so the reducer test covers them).
 */
import type { CommandCase } from '../time/commandCases';
import { run, runningWorkshop } from '../../testing/fixture';

const withPairs = () =>
  run(runningWorkshop(), [
    {
      type: 'evaluation.setPairs',
      pairs: [{ id: 'kh', from: 'Aalborg Kommune', to: 'Aalborg Universitetshospital' }],
    },
  ]);
const opened = () => run(runningWorkshop(), [{ type: 'evaluation.open', formId: 'pataevaers' }]);
const scored = () =>
  run(opened(), [
    {
      type: 'evaluation.score',
      responseId: 'r1',
      formId: 'pataevaers',
      scores: { pt9: 4 },
      fromPaper: false,
    },
  ]);
const withQuestion = () =>
  run(runningWorkshop(), [
    { type: 'evaluation.addQuestion', question: { id: 'own1', text: 'Borgeren er med' } },
  ]);

export const evaluationCommandCases = {
  'evaluation.open': {
    valid: { type: 'evaluation.open', formId: 'relational-before' },
    validIn: withPairs,
    // No pairs of groups yet: nothing to ask.
    refused: { type: 'evaluation.open', formId: 'relational-before' },
    refusedIn: runningWorkshop,
    code: 'invalid-command',
  },
  'evaluation.close': {
    valid: { type: 'evaluation.close' },
    validIn: opened,
    refused: { type: 'evaluation.close' },
    refusedIn: runningWorkshop,
    code: 'invalid-command',
  },
  'evaluation.score': {
    valid: {
      type: 'evaluation.score',
      responseId: 'r2',
      formId: 'pataevaers',
      scores: { pt9: 5, pt16: 1 },
      fromPaper: false,
    },
    validIn: opened,
    refused: {
      type: 'evaluation.score',
      responseId: 'r2',
      formId: 'pataevaers',
      scores: { pt17: 3 },
      fromPaper: true,
    },
    refusedIn: opened,
    code: 'not-found',
  },
  'evaluation.removeResponse': {
    valid: { type: 'evaluation.removeResponse', id: 'r1' },
    validIn: scored,
    refused: { type: 'evaluation.removeResponse', id: 'r9' },
    refusedIn: scored,
    code: 'not-found',
  },
  'evaluation.addQuestion': {
    valid: { type: 'evaluation.addQuestion', question: { id: 'own2', text: 'Vi holder tiden' } },
    validIn: withQuestion,
    refused: { type: 'evaluation.addQuestion', question: { id: 'own1', text: 'Igen' } },
    refusedIn: withQuestion,
    code: 'duplicate-id',
  },
  'evaluation.removeQuestion': {
    valid: { type: 'evaluation.removeQuestion', id: 'own1' },
    validIn: withQuestion,
    refused: { type: 'evaluation.removeQuestion', id: 'pt9' },
    refusedIn: withQuestion,
    code: 'not-found',
  },
  'evaluation.setPairs': {
    valid: { type: 'evaluation.setPairs', pairs: [{ id: 'hk', from: 'Hospital', to: 'Kommune' }] },
    validIn: withPairs,
    refused: { type: 'evaluation.setPairs', pairs: [{ id: 'x', from: 'Kommune', to: 'Kommune' }] },
    refusedIn: withPairs,
    code: 'invalid-command',
  },
  'evaluation.project': {
    valid: { type: 'evaluation.project', view: 'rc-changes' },
    validIn: withPairs,
    refused: { type: 'evaluation.project', view: 'own' },
    refusedIn: runningWorkshop,
    code: 'invalid-command',
  },
} satisfies Record<string, CommandCase>;
