/**
 * Which paged view owns the projector's page right now. Views stack (a running exercise covers
 * the room under it, the join code covers everything), and only the one on top turns pages and
 * reports its page count; the covered ones keep still. A tiny store, read with
 * useSyncExternalStore.
 */

/** Stacking order of the projector's views: higher covers lower. */
export const LAYERS = {
  /** Whatever the projector shows without pages (a room's intro, the time): one page. */
  base: -1,
  view: 0,
  followUp: 1,
  exercise: 2,
  evaluation: 3,
  join: 4,
} as const;
export type Layer = (typeof LAYERS)[keyof typeof LAYERS];

interface Entry {
  layer: number;
  order: number;
}

const entries = new Map<symbol, Entry>();
const listeners = new Set<() => void>();
let counter = 0;
let owner: symbol | null = null;

function elect(): void {
  let best: [symbol, Entry] | null = null;
  for (const entry of entries) {
    if (
      !best ||
      entry[1].layer > best[1].layer ||
      (entry[1].layer === best[1].layer && entry[1].order > best[1].order)
    ) {
      best = entry;
    }
  }
  const next = best?.[0] ?? null;
  if (next !== owner) {
    owner = next;
    for (const listener of listeners) listener();
  }
}

/** Enter the stack; returns the leave function. */
export function enterPaging(id: symbol, layer: number): () => void {
  entries.set(id, { layer, order: ++counter });
  elect();
  return () => {
    entries.delete(id);
    elect();
  };
}

export function pagingOwner(): symbol | null {
  return owner;
}

export function subscribePaging(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
