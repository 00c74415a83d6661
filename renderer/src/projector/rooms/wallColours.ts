import type { Participant } from '../../../../shared/model/workshop';
import type { Sector } from '../../../../shared/model/sectors';
import { mix, PAPER } from '../../common/contrast';

/**
 * Dark enough for white tag text at 7:1 or more, and tinted light enough for ink on the card;
 * hues far apart so the sectors part even in greyscale-ish light from a projector. The tag
 * always names the organisation too: colour is never the only signal.
 */
export const SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
  hospital: '#0b4f8a',
  municipality: '#1b5e34',
  'general-practice': '#7a1f5c',
  region: '#7a4100',
  citizen: '#005a60',
  other: '#3f4651',
};

/** For colouring by organisation: as many distinct dark hues as a cross-sector room needs. */
export const ORGANISATION_COLOURS = [
  '#0b4f8a',
  '#1b5e34',
  '#7a1f5c',
  '#7a4100',
  '#005a60',
  '#5b2c8f',
  '#8a1c1c',
  '#3f4651',
] as const;

export type WallColouring = 'sector' | 'organisation';

/**
 * The wall follows a setting the console may offer (`projectorWallColour`); until it exists,
 * or when it holds anything else, the wall is coloured by sector.
 */
export function wallColouring(settings: object | null): WallColouring {
  const value: unknown = settings ? Reflect.get(settings, 'projectorWallColour') : undefined;
  return value === 'organisation' ? 'organisation' : 'sector';
}

export interface TagColours {
  /** Tag background, with white text. */
  strong: string;
  /** Card background, with ink text. */
  tint: string;
}

const tint = (colour: string) => mix(colour, PAPER, 0.13);

/** Colours per participant id, by sector or by organisation (stable: organisations by name). */
export function tagColours(
  participants: readonly Participant[],
  by: WallColouring,
): Map<string, TagColours> {
  const map = new Map<string, TagColours>();
  if (by === 'sector') {
    for (const p of participants) {
      const strong = SECTOR_COLOURS[p.sector];
      map.set(p.id, { strong, tint: tint(strong) });
    }
    return map;
  }
  // The same order as the console's wall (sorted, trimmed, none for no organisation).
  const organisations = [
    ...new Set(participants.map((p) => p.organisation.trim()).filter(Boolean)),
  ].sort((a, b) => a.localeCompare(b, 'da'));
  for (const p of participants) {
    const i = organisations.indexOf(p.organisation.trim());
    const strong =
      i < 0 ? NO_AUTHOR.strong : (ORGANISATION_COLOURS[i % ORGANISATION_COLOURS.length] ?? '');
    map.set(p.id, { strong, tint: tint(strong) });
  }
  return map;
}

export const NO_AUTHOR: TagColours = { strong: SECTOR_COLOURS.other, tint: '#f3f4f6' };
