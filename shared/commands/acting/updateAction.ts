import { z } from 'zod';
import { ActionSchema } from '../../model/actions';
import { assertParticipants, findIn, removeFrom } from '../../model/lookup';
import { updateSchema } from '../../model/updateSchema';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

export const updateAction = defineCommand(
  'action.update',
  {
    id: IdSchema,
    changes: updateSchema(
      ActionSchema.pick({
        what: true,
        ownerIds: true,
        ownerOrganisation: true,
        due: true,
        followUp: true,
        trial: true,
        evaluationDate: true,
        status: true,
      }),
    ),
    remove: z.boolean().optional(),
  },
  (draft, { id, changes, remove }) => {
    if (remove) {
      removeFrom(draft.actions, id, 'action');
      return;
    }
    const action = findIn(draft.actions, id, 'action');
    if (changes.ownerIds) assertParticipants(draft, changes.ownerIds);
    Object.assign(action, changes);
  },
);
