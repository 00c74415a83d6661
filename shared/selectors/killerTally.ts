import type { KillerFlag } from '../model/contributions';
import type { RoomId } from '../rooms';

export interface KillerTally {
  total: number;
  /** Keyed by participant id; '' for flags without a name. */
  byPerson: Map<string, number>;
  byRoom: Map<RoomId | '', number>;
  byKiller: Map<number, number>;
}

/** The idea-killer tally of the record: per person, per room and per killer. */
export function killerTally(flags: readonly KillerFlag[], pointId?: string): KillerTally {
  const tally: KillerTally = {
    total: 0,
    byPerson: new Map(),
    byRoom: new Map(),
    byKiller: new Map(),
  };
  for (const f of flags) {
    if (pointId !== undefined && f.pointId !== pointId) continue;
    tally.total += 1;
    tally.byPerson.set(f.participantId ?? '', (tally.byPerson.get(f.participantId ?? '') ?? 0) + 1);
    tally.byRoom.set(f.room ?? '', (tally.byRoom.get(f.room ?? '') ?? 0) + 1);
    tally.byKiller.set(f.killerId, (tally.byKiller.get(f.killerId) ?? 0) + 1);
  }
  return tally;
}
