import type { Sector } from '../../../../../shared/model/sectors';
import type { Participant } from '../../../../../shared/model/workshop';

export type Colouring = 'sector' | 'organisation';

/** Dark enough for white tag text; the tag always names the organisation too, never colour alone. */
export const SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
  hospital: '#0b4f8a',
  municipality: '#1b5e34',
  'general-practice': '#7a1f5c',
  region: '#7a4100',
  citizen: '#005a60',
  other: '#3f4651',
};

const ORGANISATION_COLOURS = [
  '#0b4f8a',
  '#1b5e34',
  '#7a1f5c',
  '#7a4100',
  '#005a60',
  '#5b2c8f',
  '#8a1c1c',
  '#3f4651',
] as const;

export const NO_AUTHOR_COLOUR = '#5b6270';

/** The organisations of the room, sorted, so colours stay put when people are added. */
export function organisations(participants: readonly Participant[]): string[] {
  return [...new Set(participants.map((p) => p.organisation.trim()).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b, 'da'),
  );
}

/** A tag colour per participant id, by sector or by organisation. */
export function tagColours(
  participants: readonly Participant[],
  by: Colouring,
): Map<string, string> {
  const orgs = organisations(participants);
  return new Map(
    participants.map((p) => {
      if (by === 'sector') return [p.id, SECTOR_COLOURS[p.sector]];
      const i = orgs.indexOf(p.organisation.trim());
      return [p.id, i < 0 ? NO_AUTHOR_COLOUR : (ORGANISATION_COLOURS[i % 8] ?? NO_AUTHOR_COLOUR)];
    }),
  );
}
