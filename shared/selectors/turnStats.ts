import type { Idea } from '../model/ideas';
import type { Turns } from '../model/turns';

export interface VoiceCount {
  participantId: string;
  ideas: number;
  spoke: number;
  passes: number;
  /** Rounds in which they had the word (an idea or spoke). */
  rounds: number;
}

/** Who has been heard on a point, so the facilitator sees who has not. */
export function voiceCounts(turns: Turns, ideas: readonly Idea[], pointId: string): VoiceCount[] {
  return turns.order.map((participantId) => {
    const mine = turns.log.filter((e) => e.participantId === participantId);
    const heardIn = new Set(
      mine.filter((e) => e.kind === 'idea' || e.kind === 'spoke').map((e) => e.round),
    );
    return {
      participantId,
      ideas: ideas.filter((i) => i.pointId === pointId && i.authorId === participantId).length,
      spoke: mine.filter((e) => e.kind === 'spoke').length,
      passes: mine.filter((e) => e.kind === 'pass').length,
      rounds: heardIn.size,
    };
  });
}
