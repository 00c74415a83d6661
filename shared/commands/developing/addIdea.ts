import { IdeaSchema } from '../../model/ideas';
import { assertNewId, findParticipant, findPoint } from '../../model/lookup';
import { takeTurn, turnHolder } from '../../model/turnFlow';
import { IdSchema } from '../../model/workshop';
import { defineCommand } from '../defineCommand';

/**
 * Save an idea. Left without an author in round-robin turns, it is the turn holder's and the
 * turn passes on: type, Enter, next person.
 */
export const addIdea = defineCommand(
  'idea.add',
  {
    id: IdSchema,
    pointId: IdSchema,
    text: IdeaSchema.shape.text,
    authorId: IdSchema.nullable().optional(),
  },
  (draft, { id, pointId, text, authorId }, ctx) => {
    assertNewId(draft.ideas, id);
    const point = findPoint(draft, pointId);
    const turns = point.turns;
    const inTurn = turns !== null && turns.mode === 'round-robin' && !turns.ended;
    const holder = inTurn ? turnHolder(turns) : null;
    const author = authorId === undefined ? holder : authorId;
    if (author !== null) findParticipant(draft, author);
    draft.ideas.push({ id, pointId, text, authorId: author, clusterId: null, createdAt: ctx.now });
    if (inTurn && author !== null && author === holder)
      takeTurn(turns, 'idea', ctx.now, `idea.${id}`);
  },
);
