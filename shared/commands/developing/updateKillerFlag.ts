import { z } from 'zod';
import { findIn, findParticipant, removeFrom } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** Say who said it after the flag went up (1–7 first, then the person), or take the flag back. */
export const updateKillerFlag = defineCommand(
  'killer.update',
  { id: IdSchema, participantId: IdSchema.nullable().optional(), remove: z.boolean().optional() },
  (draft, { id, participantId, remove }) => {
    if (remove) {
      removeFrom(draft.killerFlags, id, 'idea-killer flag');
      return;
    }
    const flag = findIn(draft.killerFlags, id, 'idea-killer flag');
    if (participantId !== undefined) {
      if (participantId !== null) findParticipant(draft, participantId);
      flag.participantId = participantId;
    }
  },
);
