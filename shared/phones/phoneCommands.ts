import type { Command } from '../commands';
import type { Workshop } from '../model/workshop';
import { runningPoint } from './phoneRoom';
import type { PhoneRequest, PhoneResults } from './protocol';

/** The requests that become one ordinary domain command (scores go through the evaluation's form). */
export type PhoneCommandRequest = Exclude<PhoneRequest, { name: 'submitScores' }>;

type ResultOf<R extends PhoneCommandRequest> = PhoneResults[R['name']];

/**
 * What an earlier, identical request already did: the phone resent it (Wi-Fi dropped before
 * the answer came), so it is acknowledged again and nothing is added twice. Null when new.
 */
export function alreadyDone<R extends PhoneCommandRequest>(
  workshop: Workshop,
  participantId: string,
  request: R,
): ResultOf<R> | null {
  switch (request.name) {
    case 'addIdea': {
      const idea = workshop.ideas.find((i) => i.id === request.payload.id);
      return idea && idea.authorId === participantId ? ({ ideaId: idea.id } as ResultOf<R>) : null;
    }
    case 'addDot': {
      const dot = workshop.dots.find((d) => d.id === request.payload.id);
      return dot && dot.participantId === participantId ? ({ dotId: dot.id } as ResultOf<R>) : null;
    }
    default:
      return null;
  }
}

/**
 * The domain command a permitted phone request stands for, on the running point, in the
 * participant's name: the host applies it like any command from the console.
 */
export function phoneCommand(
  workshop: Workshop,
  participantId: string,
  request: PhoneCommandRequest,
): { command: Command; result: PhoneResults[PhoneCommandRequest['name']] } {
  const pointId = runningPoint(workshop)?.id ?? '';
  switch (request.name) {
    case 'addIdea': {
      const { id, text } = request.payload;
      return {
        command: { type: 'idea.add', id, pointId, text, authorId: participantId },
        result: { ideaId: id },
      };
    }
    case 'pass':
      return { command: { type: 'turns.take', pointId, kind: 'pass' }, result: {} };
    case 'addDot': {
      const { id, targetId } = request.payload;
      return {
        command: { type: 'dot.add', id, pointId, targetId, participantId },
        result: { dotId: id },
      };
    }
    case 'removeDot':
      return { command: { type: 'dot.remove', id: request.payload.id }, result: {} };
  }
}
