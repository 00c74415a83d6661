import { useMemo } from 'react';
import type { Participant } from '../../../../../shared/model/workshop';

export type People = ReadonlyMap<string, Participant>;

export function usePeople(participants: readonly Participant[]): People {
  return useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
}
