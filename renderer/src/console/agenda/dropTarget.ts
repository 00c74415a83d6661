export type DropEdge = 'before' | 'after';

/**
 * Where a point dragged from `from` lands when dropped on the `edge` of the row at `over`, as
 * the index movePoint expects (the index after taking the point out).
 */
export function dropIndex(from: number, over: number, edge: DropEdge): number {
  const at = edge === 'before' ? over : over + 1;
  return from < at ? at - 1 : at;
}
