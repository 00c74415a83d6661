import type { Participant } from '../../../../../shared/model/workshop';
import { sortedOrganisations } from '../../../common/organisationOrder';
import { ORGANISATION_COLOURS, SECTOR_COLOURS } from '../../../common/sectorColours';

export { SECTOR_COLOURS };

export type Colouring = 'sector' | 'organisation';

export const NO_AUTHOR_COLOUR = '#5b6270';

/** The organisations of the room, sorted, so colours stay put when people are added. */
export const organisations = sortedOrganisations;

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
