/**
 * Test data: an accepted and a refused example of each series command, in the shape of
 * shared/testing/commandCases.ts (which spreads these in, so the reducer test covers them).
 */
import type { z } from 'zod';
import type { CommandSchema, CommandType } from '../index';
import type { DomainErrorCode } from '../../errors';
import type { Workshop } from '../../model/workshop';
import { nextMeeting } from '../../series/nextMeeting';
import { run, runningWorkshop } from '../../testing/fixture';

type CommandInput = z.input<typeof CommandSchema>;

interface CommandCase {
  valid: CommandInput;
  validIn: () => Workshop;
  refused: CommandInput;
  refusedIn: () => Workshop;
  code: DomainErrorCode;
}

/** A first meeting with one open action, a1. */
const firstMeeting = () =>
  run(runningWorkshop(), [{ type: 'action.add', action: { id: 'a1', what: 'Skriv tjeklisten' } }]);

/** Its next meeting: a1 carried to the follow-up point. */
export function secondMeeting(): Workshop {
  let n = 0;
  return nextMeeting(firstMeeting(), { language: 'da', newId: () => `s${++n}` });
}

export const seriesCommandCases = {
  'action.followUp': {
    valid: { type: 'action.followUp', id: 'a1', status: 'in-progress', note: 'Udkast sendt' },
    validIn: secondMeeting,
    // Outside a series there is no meeting to record the status under.
    refused: { type: 'action.followUp', id: 'a1', status: 'done', note: '' },
    refusedIn: firstMeeting,
    code: 'invalid-command',
  },
} satisfies Partial<Record<CommandType, CommandCase>>;
