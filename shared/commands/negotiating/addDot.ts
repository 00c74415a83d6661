import { DomainError } from '../../errors';
import { assertNewId, findParticipant, findPoint } from '../../model/lookup';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/** One dot on an idea or cluster of the point; a participant has only the point's dots to spend. */
export const addDot = defineCommand(
  'dot.add',
  { id: IdSchema, pointId: IdSchema, targetId: IdSchema, participantId: IdSchema.nullable() },
  (draft, { id, pointId, targetId, participantId }) => {
    assertNewId(draft.dots, id);
    const point = findPoint(draft, pointId);
    const target =
      draft.ideas.find((i) => i.id === targetId) ?? draft.clusters.find((c) => c.id === targetId);
    if (!target || target.pointId !== pointId) {
      throw new DomainError('not-found', 'No idea or cluster with that id on this point', {
        id: targetId,
      });
    }
    if (participantId !== null) {
      const person = findParticipant(draft, participantId);
      const spent = draft.dots.filter(
        (d) => d.pointId === pointId && d.participantId === participantId,
      ).length;
      if (spent >= point.dotsPerPerson) {
        throw new DomainError(
          'no-dots-left',
          `${person.name} has used all ${point.dotsPerPerson} dots`,
          {
            participantId,
            dots: point.dotsPerPerson,
          },
        );
      }
    }
    draft.dots.push({ id, pointId, targetId, participantId });
  },
);
