/**
 * Test data: an accepted and a refused example of each time command, in the shape of
 * shared/testing/commandCases.ts (which spreads these in, so the reducer test covers them).
 */
import type { z } from 'zod';
import type { CommandSchema, CommandType } from '../index';
import type { DomainErrorCode } from '../../errors';
import type { Workshop } from '../../model/workshop';
import { run, runningWorkshop } from '../../testing/fixture';

type CommandInput = z.input<typeof CommandSchema>;

export interface CommandCase {
  valid: CommandInput;
  validIn: () => Workshop;
  refused: CommandInput;
  refusedIn: () => Workshop;
  code: DomainErrorCode;
}

const withBudget = () =>
  run(runningWorkshop(), [
    { type: 'room.setBudget', pointId: 'pt1', room: 'clarifying', minutes: 10 },
  ]);

export const timeCommandCases = {
  'timer.control': {
    valid: { type: 'timer.control', target: { kind: 'point', pointId: 'pt1' }, action: 'pause' },
    validIn: runningWorkshop,
    // pt2 has not started: its timer may not run yet.
    refused: { type: 'timer.control', target: { kind: 'point', pointId: 'pt2' }, action: 'start' },
    refusedIn: runningWorkshop,
    code: 'invalid-command',
  },
  'timer.extend': {
    valid: {
      type: 'timer.extend',
      target: { kind: 'room', pointId: 'pt1', room: 'clarifying' },
      minutes: 5,
    },
    validIn: withBudget,
    refused: {
      type: 'timer.extend',
      target: { kind: 'room', pointId: 'pt1', room: 'acting' },
      minutes: 1,
    },
    refusedIn: withBudget,
    code: 'not-found',
  },
  'room.setBudget': {
    valid: { type: 'room.setBudget', pointId: 'pt1', room: 'developing', minutes: 15 },
    validIn: runningWorkshop,
    refused: { type: 'room.setBudget', pointId: 'nope', room: 'developing', minutes: 15 },
    refusedIn: runningWorkshop,
    code: 'not-found',
  },
  'timer.setTurnTime': {
    valid: { type: 'timer.setTurnTime', pointId: 'pt1', seconds: 90 },
    validIn: runningWorkshop,
    refused: { type: 'timer.setTurnTime', pointId: 'nope', seconds: 90 },
    refusedIn: runningWorkshop,
    code: 'not-found',
  },
  'agenda.import': {
    valid: {
      type: 'agenda.import',
      points: [
        { id: 'i1', title: 'Velkomst', purpose: 'orientation', plannedMinutes: 10, presenter: '' },
        {
          id: 'i2',
          title: 'Pause',
          purpose: 'orientation',
          plannedMinutes: 15,
          presenter: '',
          kind: 'break',
        },
      ],
      startTime: '09:00',
    },
    validIn: runningWorkshop,
    refused: {
      type: 'agenda.import',
      points: [
        { id: 'pt1', title: 'Igen', purpose: 'orientation', plannedMinutes: 5, presenter: '' },
      ],
    },
    refusedIn: runningWorkshop,
    code: 'duplicate-id',
  },
} satisfies Partial<Record<CommandType, CommandCase>>;
