import { findParticipant } from '../model/lookup';
import { updateSchema } from '../model/updateSchema';
import { IdSchema, ParticipantSchema } from '../model/workshop';
import { defineCommand } from './defineCommand';

export const updateParticipant = defineCommand(
  'participant.update',
  { id: IdSchema, changes: updateSchema(ParticipantSchema.omit({ id: true })) },
  (draft, { id, changes }) => {
    Object.assign(findParticipant(draft, id), changes);
  },
);
