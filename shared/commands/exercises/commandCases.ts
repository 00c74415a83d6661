/**
 * Test data: an accepted and a refused example of each exercise command, in the shape of
 * shared/testing/commandCases.ts (which spreads these in, so the reducer test covers them).
 */
import type { CommandType } from '../index';
import { run } from '../../testing/fixture';
import type { CommandCase } from '../time/commandCases';
import { runningPairExercise, withPairExercise, withRound } from './exerciseFixture';

const inPairs = () =>
  run(runningPairExercise(), [{ type: 'exercise.nextStep', exerciseId: 'ex1' }]);
const paired = () =>
  run(withPairExercise(), [
    {
      type: 'exercise.setPairs',
      exerciseId: 'ex1',
      pairs: [
        ['p1', 'p2'],
        ['p3', 'p4'],
      ],
    },
  ]);

export const exerciseCommandCases = {
  'exercise.add': {
    valid: {
      type: 'exercise.add',
      pointId: 'pt2',
      exercise: {
        id: 'ex2',
        kind: 'custom',
        title: 'Tre ord',
        question: 'Hvad tager du med?',
        prompts: [],
        steps: [{ id: 'ex2-1', kind: 'plenary', title: 'Runde', prompt: '', minutes: 5 }],
      },
    },
    validIn: withPairExercise,
    refused: {
      type: 'exercise.add',
      pointId: 'pt2',
      exercise: {
        id: 'ex1',
        kind: 'custom',
        title: 'Igen',
        question: '',
        prompts: [],
        steps: [{ id: 's', kind: 'plenary', title: '', prompt: '', minutes: 5 }],
      },
    },
    refusedIn: withPairExercise,
    code: 'duplicate-id',
  },
  'exercise.remove': {
    valid: { type: 'exercise.remove', exerciseId: 'ex1' },
    validIn: withPairExercise,
    refused: { type: 'exercise.remove', exerciseId: 'nope' },
    refusedIn: withPairExercise,
    code: 'not-found',
  },
  'exercise.start': {
    valid: { type: 'exercise.start', exerciseId: 'ex1' },
    validIn: withPairExercise,
    refused: { type: 'exercise.start', exerciseId: 'ex1' },
    refusedIn: runningPairExercise,
    code: 'invalid-command',
  },
  'exercise.nextStep': {
    valid: { type: 'exercise.nextStep', exerciseId: 'ex1' },
    validIn: runningPairExercise,
    refused: { type: 'exercise.nextStep', exerciseId: 'ex1' },
    refusedIn: withPairExercise,
    code: 'invalid-command',
  },
  'exercise.previousStep': {
    valid: { type: 'exercise.previousStep', exerciseId: 'ex1' },
    validIn: inPairs,
    refused: { type: 'exercise.previousStep', exerciseId: 'ex1' },
    refusedIn: runningPairExercise,
    code: 'invalid-command',
  },
  'exercise.setPairs': {
    valid: {
      type: 'exercise.setPairs',
      exerciseId: 'ex1',
      pairs: [
        ['p1', 'p2'],
        ['p3', 'p4'],
      ],
    },
    validIn: withPairExercise,
    refused: { type: 'exercise.setPairs', exerciseId: 'ex1', pairs: [['p1', 'p1']] },
    refusedIn: withPairExercise,
    code: 'invalid-command',
  },
  'exercise.movePerson': {
    valid: { type: 'exercise.movePerson', exerciseId: 'ex1', participantId: 'p4', toGroupOf: 'p1' },
    validIn: paired,
    refused: {
      type: 'exercise.movePerson',
      exerciseId: 'ex1',
      participantId: 'p4',
      toGroupOf: 'nobody',
    },
    refusedIn: paired,
    code: 'not-found',
  },
  'exercise.setSpeakers': {
    valid: {
      type: 'exercise.setSpeakers',
      exerciseId: 'r1',
      speakers: [{ id: 'org', label: 'Aalborg Kommune', participantIds: ['p2'] }],
    },
    validIn: withRound,
    refused: {
      type: 'exercise.setSpeakers',
      exerciseId: 'r1',
      speakers: [{ id: 'x', label: 'Ukendt', participantIds: ['nobody'] }],
    },
    refusedIn: withRound,
    code: 'not-found',
  },
  'exercise.switchSpeaker': {
    valid: { type: 'exercise.switchSpeaker', exerciseId: 'ex1' },
    validIn: inPairs,
    // Individual reflection: nobody takes turns.
    refused: { type: 'exercise.switchSpeaker', exerciseId: 'ex1' },
    refusedIn: runningPairExercise,
    code: 'invalid-command',
  },
  'exercise.note': {
    valid: {
      type: 'exercise.note',
      exerciseId: 'ex1',
      id: 'n1',
      kind: 'idea',
      text: 'Fælles ledelsesnetværk',
      authorId: 'p2',
    },
    validIn: runningPairExercise,
    refused: {
      type: 'exercise.note',
      exerciseId: 'ex1',
      id: 'n1',
      kind: 'note',
      text: 'X',
      authorId: 'nobody',
    },
    refusedIn: runningPairExercise,
    code: 'not-found',
  },
  'exercise.finish': {
    valid: { type: 'exercise.finish', exerciseId: 'ex1' },
    validIn: runningPairExercise,
    refused: { type: 'exercise.finish', exerciseId: 'ex1' },
    refusedIn: withPairExercise,
    code: 'invalid-command',
  },
} satisfies Partial<Record<CommandType, CommandCase>>;
