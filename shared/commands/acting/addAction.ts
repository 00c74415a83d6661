import { DomainError } from '../../errors';
import { ActionSchema } from '../../model/actions';
import { assertNewId, assertParticipants, findPoint } from '../../model/lookup';
import { defineCommand } from '../defineCommand';

const NewActionSchema = ActionSchema.omit({ createdAt: true, status: true, history: true }).partial(
  {
    pointId: true,
    ownerIds: true,
    ownerOrganisation: true,
    due: true,
    followUp: true,
    sourceId: true,
    trial: true,
    evaluationDate: true,
  },
);

/** Who does what by when. Typed in, or made by dropping an idea or cluster on the list. */
export const addAction = defineCommand(
  'action.add',
  { action: NewActionSchema },
  (draft, { action }, ctx) => {
    assertNewId(draft.actions, action.id);
    if (action.pointId) findPoint(draft, action.pointId);
    assertParticipants(draft, action.ownerIds ?? []);
    const sourceId = action.sourceId ?? null;
    if (
      sourceId !== null &&
      !draft.ideas.some((i) => i.id === sourceId) &&
      !draft.clusters.some((c) => c.id === sourceId)
    ) {
      throw new DomainError('not-found', 'No idea or cluster with that id', { id: sourceId });
    }
    draft.actions.push({
      id: action.id,
      pointId: action.pointId ?? draft.activePointId,
      what: action.what,
      ownerIds: action.ownerIds ?? [],
      ownerOrganisation: action.ownerOrganisation ?? '',
      due: action.due ?? null,
      followUp: action.followUp ?? '',
      sourceId,
      trial: action.trial ?? false,
      evaluationDate: action.evaluationDate ?? '',
      status: 'open',
      createdAt: ctx.now,
      history: [],
    });
  },
);
