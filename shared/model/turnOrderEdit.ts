import { z } from 'zod';
import { IdSchema } from './ids';

/**
 * Where one person goes in a speaking order: just before or just after another person, named
 * by id. Said by whom it passes rather than by index, so a move made on a screen that has not
 * yet seen someone else's change still lands where its sender meant.
 */
export const OrderPlaceSchema = z.union([
  z.strictObject({ before: IdSchema }),
  z.strictObject({ after: IdSchema }),
]);
export type OrderPlace = z.infer<typeof OrderPlaceSchema>;

export const besideOf = (place: OrderPlace): string =>
  'before' in place ? place.before : place.after;

/** The order with `id` moved beside another; null when either is not in it, or they are one. */
export function placeInOrder(
  order: readonly string[],
  id: string,
  place: OrderPlace,
): string[] | null {
  const beside = besideOf(place);
  if (beside === id || !order.includes(id) || !order.includes(beside)) return null;
  const rest = order.filter((x) => x !== id);
  rest.splice(rest.indexOf(beside) + ('after' in place ? 1 : 0), 0, id);
  return rest;
}

/**
 * A move on screen from one position to another (a drag, an arrow button), said as the person
 * moved and the one they pass; null when nothing moves.
 */
export function placeForMove(
  order: readonly string[],
  from: number,
  to: number,
): { id: string; place: OrderPlace } | null {
  const id = order[from];
  const target = order[Math.max(0, Math.min(order.length - 1, to))];
  if (id === undefined || target === undefined || target === id) return null;
  return { id, place: to < from ? { before: target } : { after: target } };
}
