import { z } from 'zod';
import { assertNewId, findParticipant } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** Flag an idea killer as it is said: which one, who said it; when and in which room come from the meeting. */
export const flagKiller = defineCommand(
  'killer.flag',
  { id: IdSchema, killerId: z.number().int().min(1).max(99), participantId: IdSchema.nullable() },
  (draft, { id, killerId, participantId }, ctx) => {
    assertNewId(draft.killerFlags, id);
    if (participantId !== null) findParticipant(draft, participantId);
    const point = draft.agenda.find((p) => p.id === draft.activePointId);
    const room =
      point && point.roomIndex !== null ? (point.roomPlan[point.roomIndex] ?? null) : null;
    draft.killerFlags.push({
      id,
      killerId,
      participantId,
      pointId: point?.id ?? null,
      room,
      at: ctx.now,
    });
  },
);
