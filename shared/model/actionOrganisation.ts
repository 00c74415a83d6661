import { organisationKey } from '../exporters/actionRows';
import type { Participant } from './workshop';

/** Who each participant is, by id, as far as an action's organisation needs. */
export type Organisations = ReadonlyMap<string, Pick<Participant, 'organisation'>>;

/** The organisation an action defaults to: that of its first owner who has one. */
export function ownersOrganisation(ownerIds: readonly string[], people: Organisations): string {
  for (const id of ownerIds) {
    const organisation = (people.get(id)?.organisation ?? '').trim().replace(/\s+/g, ' ');
    if (organisation !== '') return organisation;
  }
  return '';
}

/**
 * An action's organisation once its owners change from `before` to `after`: while it is the
 * owners' default (or empty, with no owner's to default to) it follows the owners; typed in by
 * hand, it stays. One emptied by hand, or left empty by an older file, stays empty too: the
 * exports then fall back on the owners' organisations.
 */
export function organisationAfterOwners(
  current: string,
  before: readonly string[],
  after: readonly string[],
  people: Organisations,
): string {
  const followsOwners =
    organisationKey(current) === organisationKey(ownersOrganisation(before, people));
  return followsOwners ? ownersOrganisation(after, people) : current;
}
