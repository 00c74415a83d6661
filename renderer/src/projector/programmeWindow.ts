/** How many agenda lines fit on the projector at the smallest allowed type (3vh). */
export const PROGRAMME_LINES = 8;

/**
 * The part of a long programme to show: from the point before the first one not yet done, so
 * the room sees what is next; the whole list when it fits.
 */
export function programmeWindow(
  statuses: readonly ('pending' | 'active' | 'done')[],
  lines = PROGRAMME_LINES,
): { start: number; end: number } {
  if (statuses.length <= lines) return { start: 0, end: statuses.length };
  const next = statuses.findIndex((s) => s !== 'done');
  const from = next < 0 ? statuses.length - lines : Math.max(0, next - 1);
  const start = Math.min(from, statuses.length - lines);
  return { start, end: start + lines };
}
