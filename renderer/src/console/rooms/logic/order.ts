import type { Participant } from '../../../../../shared/model/workshop';

/** The present participants in the order given, then the present ones it left out. */
export function presentOrder(
  participants: readonly Participant[],
  order: readonly string[],
): string[] {
  const present = new Set(participants.filter((p) => p.present).map((p) => p.id));
  const kept = order.filter((id) => present.has(id));
  const rest = participants.filter((p) => p.present && !kept.includes(p.id)).map((p) => p.id);
  return [...kept, ...rest];
}
