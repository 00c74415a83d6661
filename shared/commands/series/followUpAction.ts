import { z } from 'zod';
import { DomainError } from '../../errors';
import { ActionStatusSchema } from '../../model/actions';
import { findIn } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { recordMeeting } from '../../series/actionHistory';
import { defineCommand } from '../defineCommand';

/**
 * Follow up an action at this meeting of a series: its new status, and a note on the progress,
 * kept in its history under this meeting's number (DOMAIN.md §6).
 */
export const followUpAction = defineCommand(
  'action.followUp',
  {
    id: IdSchema,
    status: ActionStatusSchema,
    note: z.string().trim().max(1000),
  },
  (draft, { id, status, note }) => {
    const series = draft.series;
    if (!series) {
      throw new DomainError('invalid-command', 'This workshop is not a meeting in a series');
    }
    const action = findIn(draft.actions, id, 'action');
    action.status = status;
    action.history = recordMeeting(action.history, {
      meeting: series.number,
      date: draft.date,
      status,
      note,
    });
  },
);
