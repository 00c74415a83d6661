import type { Participant } from '../../../../../shared/model/workshop';

/** The list with the item at `from` moved to `to` (both clamped); the same list if nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  if (target === from) return out;
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

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
