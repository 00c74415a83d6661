import { DomainError } from '../../errors';
import { ActionHistoryEntrySchema, ActionStatusSchema } from '../../model/actions';
import { findIn } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { recordMeeting } from '../../series/actionHistory';
import { defineCommand } from '../defineCommand';

/**
 * Follow up an action at this meeting of a series: its new status, and a note on the progress, kept
 * in its history under this meeting's number
 * (docs/method.md § Trial actions and follow-up between meetings).
 */
export const followUpAction = defineCommand(
  'action.followUp',
  {
    id: IdSchema,
    status: ActionStatusSchema,
    note: ActionHistoryEntrySchema.shape.note,
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
