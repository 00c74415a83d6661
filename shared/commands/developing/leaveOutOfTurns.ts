import { findParticipant, findTurns } from '../../model/lookup';
import { reorderTurns } from '../../model/turnFlow';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/**
 * One person out of the speaking order, from the order as the host has it (so someone another
 * screen added meanwhile stays). Already out: nothing to do. Leaving out the one who holds the
 * turn passes it to the next.
 */
export const leaveOutOfTurns = defineCommand(
  'turns.leaveOut',
  { pointId: IdSchema, participantId: IdSchema },
  (draft, { pointId, participantId }) => {
    const turns = findTurns(draft, pointId);
    findParticipant(draft, participantId);
    if (!turns.order.includes(participantId)) return;
    reorderTurns(
      turns,
      turns.order.filter((id) => id !== participantId),
    );
  },
);
