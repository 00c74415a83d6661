import { turnHolder } from '../model/turnFlow';
import type { Workshop } from '../model/workshop';
import { dotsLeft } from '../selectors/dotResults';
import type { PhoneErrorCode, PhoneRequest } from './protocol';
import { currentRoom, runningPoint } from './phoneRoom';

export interface PhoneActor {
  workshop: Workshop;
  participantId: string;
  /** The facilitator's input lock. */
  locked: boolean;
}

/**
 * Why this participant may not do this now, or null when they may. Checked before any command
 * reaches the host, so a phone can only do what a participant in the room could: ideas in the
 * developing room when it is their turn (free mode: any time), dots in the negotiating room
 * while they have dots left, and nothing while input is locked.
 */
export function phoneRefusal(actor: PhoneActor, request: PhoneRequest): PhoneErrorCode | null {
  const { workshop, participantId } = actor;
  if (!workshop.participants.some((p) => p.id === participantId)) return 'removed';
  if (actor.locked) return 'input-locked';
  if (request.name === 'submitScores') return null; // The form itself checks the scores.
  const point = runningPoint(workshop);
  const room = currentRoom(point);
  if (!point) return 'wrong-room';
  switch (request.name) {
    case 'addIdea':
    case 'pass': {
      if (room !== 'developing') return 'wrong-room';
      const turns = point.turns;
      const free = turns === null || turns.mode === 'free';
      if (request.name === 'addIdea' && free) return null;
      if (!turns || free || turns.ended) return 'not-your-turn';
      return turnHolder(turns) === participantId ? null : 'not-your-turn';
    }
    case 'addDot': {
      if (room !== 'negotiating') return 'wrong-room';
      const onPoint = (t: { id: string; pointId: string }) =>
        t.id === request.payload.targetId && t.pointId === point.id;
      if (!workshop.ideas.some(onPoint) && !workshop.clusters.some(onPoint)) return 'not-found';
      return dotsLeft(point.id, participantId, point.dotsPerPerson, workshop.dots) > 0
        ? null
        : 'no-dots-left';
    }
    case 'removeDot': {
      if (room !== 'negotiating') return 'wrong-room';
      const dot = workshop.dots.find((d) => d.id === request.payload.id);
      // Someone else's dot is as unknown to this phone as one that does not exist.
      return dot && dot.participantId === participantId && dot.pointId === point.id
        ? null
        : 'not-found';
    }
  }
}
