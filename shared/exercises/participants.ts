import { drawPairs, type Random } from '../draw';
import type { RoundSpeaker } from '../model/exercises';
import type { Participant } from '../model/workshop';

type Person = Pick<Participant, 'id' | 'name' | 'organisation' | 'present'>;

/**
 * Groups for a pair exercise, drawn by the sender (the outcome goes into `exercise.setPairs`):
 * the participants present, partners from different organisations where possible, a trio
 * when the count is odd.
 */
export function drawExercisePairs(participants: readonly Person[], random: Random): string[][] {
  const present = participants.filter((p) => p.present);
  return drawPairs(present, random).map((group) => group.map((p) => p.id));
}

const orgKey = (organisation: string) => organisation.trim().toLocaleLowerCase('da');

/**
 * The speakers of a round (for `exercise.setSpeakers`), in the participants' order: each
 * person present, or each organisation with its people present (someone without an
 * organisation speaks for themselves). Speaker ids are stable: the person's or organisation's.
 */
export function roundSpeakers(
  participants: readonly Person[],
  by: 'person' | 'organisation',
): RoundSpeaker[] {
  const present = participants.filter((p) => p.present);
  if (by === 'person') {
    return present.map((p) => ({ id: p.id, label: p.name, participantIds: [p.id] }));
  }
  const speakers: RoundSpeaker[] = [];
  const byOrg = new Map<string, RoundSpeaker>();
  for (const p of present) {
    const key = orgKey(p.organisation);
    if (key === '') {
      speakers.push({ id: p.id, label: p.name, participantIds: [p.id] });
      continue;
    }
    const known = byOrg.get(key);
    if (known) {
      known.participantIds.push(p.id);
      continue;
    }
    // Ids are limited to 64 characters; an organisation's name may be longer.
    const speaker = {
      id: `org:${key}`.slice(0, 64),
      label: p.organisation.trim(),
      participantIds: [p.id],
    };
    byOrg.set(key, speaker);
    speakers.push(speaker);
  }
  return speakers;
}
