import type { CommandOf } from '../../../../shared/commands';
import type { Workshop } from '../../../../shared/model/workshop';
import type { InvitationHeader } from '../../../../shared/programme/parseProgramme';

export type HeaderFieldName = 'title' | 'date' | 'place';

/** One thing the invitation names for the workshop's header, beside what the header has now. */
export interface HeaderOffer {
  field: HeaderFieldName;
  /** What would go into the workshop (a date as yyyy-mm-dd). */
  value: string;
  /** The header's value now; '' when empty. */
  current: string;
  /** Ticked to begin with only where the header is empty: a filled one changes on the user's say. */
  checkedByDefault: boolean;
  /** Identifies the offer while the text is re-read, so a tick survives typing elsewhere. */
  key: string;
}

const FIELDS: readonly HeaderFieldName[] = ['title', 'date', 'place'];

/** What the invitation offers that the workshop does not already say. */
export function headerOffers(
  header: InvitationHeader,
  workshop: Pick<Workshop, HeaderFieldName>,
): HeaderOffer[] {
  const offers: HeaderOffer[] = [];
  for (const field of FIELDS) {
    const found = header[field];
    if (!found) continue;
    const value = field === 'date' && header.date ? header.date.value : found.text;
    const current = workshop[field];
    if (value === current) continue;
    offers.push({
      field,
      value,
      current,
      checkedByDefault: current === '',
      key: `${field}:${value}`,
    });
  }
  return offers;
}

/** The one workshop.update for the ticked offers, or null when none is ticked. */
export function headerUpdate(
  offers: readonly HeaderOffer[],
  ticked: (offer: HeaderOffer) => boolean,
): CommandOf<'workshop.update'> | null {
  const chosen = offers.filter(ticked);
  if (chosen.length === 0) return null;
  const command: CommandOf<'workshop.update'> = { type: 'workshop.update' };
  for (const offer of chosen) command[offer.field] = offer.value;
  return command;
}
