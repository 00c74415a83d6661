import type { Participant } from '../../../../shared/model/workshop';
import { mix, PAPER } from '../../common/contrast';
import { ORGANISATION_COLOURS, SECTOR_COLOURS } from '../../common/sectorColours';
import { sortedOrganisations } from '../../common/organisationOrder';

export { ORGANISATION_COLOURS, SECTOR_COLOURS };

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
  const organisations = sortedOrganisations(participants);
  for (const p of participants) {
    const i = organisations.indexOf(p.organisation.trim());
    const strong =
      i < 0 ? NO_AUTHOR.strong : (ORGANISATION_COLOURS[i % ORGANISATION_COLOURS.length] ?? '');
    map.set(p.id, { strong, tint: tint(strong) });
  }
  return map;
}

export const NO_AUTHOR: TagColours = { strong: SECTOR_COLOURS.other, tint: '#f3f4f6' };
