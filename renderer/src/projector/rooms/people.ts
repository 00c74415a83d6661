import type { Participant } from '../../../../shared/model/workshop';

export type People = ReadonlyMap<string, Participant>;

export function peopleById(participants: readonly Participant[]): People {
  return new Map(participants.map((p) => [p.id, p]));
}

/** The tag on a card: the organisation, or the person's title when no organisation is set. */
export function orgTag(p: Participant | undefined): string {
  return p ? p.organisation || p.title : '';
}
