import { z } from 'zod';
import { ActionSchema } from '../../model/actions';
import { organisationAfterOwners } from '../../model/actionOrganisation';
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
    /**
     * One owner more or less, against the action as the host has it: two people changing the
     * owners at once (or one person faster than the round trip) both count, where a whole new
     * list would undo the other's. The organisation follows as the console's list change does.
     */
    addOwner: IdSchema.optional(),
    removeOwner: IdSchema.optional(),
  },
  (draft, { id, changes, remove, addOwner, removeOwner }) => {
    if (remove) {
      removeFrom(draft.actions, id, 'action');
      return;
    }
    const action = findIn(draft.actions, id, 'action');
    if (changes.ownerIds) assertParticipants(draft, changes.ownerIds);
    Object.assign(action, changes);
    if (addOwner === undefined && removeOwner === undefined) return;
    if (addOwner !== undefined) assertParticipants(draft, [addOwner]);
    const before = [...action.ownerIds];
    const after = before.filter((owner) => owner !== removeOwner);
    if (addOwner !== undefined && !after.includes(addOwner)) after.push(addOwner);
    action.ownerIds = after;
    if (changes.ownerOrganisation === undefined) {
      const people = new Map(draft.participants.map((p) => [p.id, p]));
      action.ownerOrganisation = organisationAfterOwners(
        action.ownerOrganisation,
        before,
        after,
        people,
      );
    }
  },
);
