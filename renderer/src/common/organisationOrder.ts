import type { Participant } from '../../../shared/model/workshop';

// One collator, made once: localeCompare(b, 'da') builds one per comparison (milliseconds per sort).
const danish = new Intl.Collator('da');

/**
 * The room's organisations, trimmed, without the empty one, in Danish order: the console's and
 * the projector's walls give each its colour by this order, so colours stay put when people join.
 */
export function sortedOrganisations(participants: readonly Participant[]): string[] {
  return [...new Set(participants.map((p) => p.organisation.trim()).filter(Boolean))].sort(
    danish.compare,
  );
}
