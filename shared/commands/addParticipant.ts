import { assertNewId } from '../model/lookup';
import { ParticipantSchema } from '../model/workshop';
import { defineCommand } from './defineCommand';

export const addParticipant = defineCommand(
  'participant.add',
  { participant: ParticipantSchema },
  (draft, { participant }) => {
    assertNewId(draft.participants, participant.id);
    draft.participants.push(participant);
  },
);
