import { findParticipant } from '../model/lookup';
import { IdSchema, ParticipantSchema } from '../model/workshop';
import { defineCommand } from './defineCommand';

export const updateParticipant = defineCommand(
  'participant.update',
  { id: IdSchema, changes: ParticipantSchema.omit({ id: true }).partial() },
  (draft, { id, changes }) => {
    Object.assign(findParticipant(draft, id), changes);
  },
);
