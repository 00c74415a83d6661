/**
 * Random draws that favour working across sectors: neighbours in a turn order, and partners in
 * pair exercises, come from different organisations where the group allows it. The caller
 * passes the random source, so tests can fix it and the host records the outcome as a command.
 */
export interface Drawable {
  id: string;
  organisation: string;
}

export type Random = () => number;

export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const orgKey = (p: Drawable) => p.organisation.trim().toLocaleLowerCase('da');

/**
 * A random order in which no two neighbours share an organisation, where that is possible:
 * at each step, take someone from the organisation with most people left that differs from
 * the last one's (ties broken at random).
 */
export function drawOrder<T extends Drawable>(people: readonly T[], random: Random): T[] {
  const groups = new Map<string, T[]>();
  for (const p of shuffle(people, random)) {
    const key = orgKey(p);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const order: T[] = [];
  let last: string | null = null;
  while (order.length < people.length) {
    const candidates = shuffle([...groups.entries()], random)
      .filter(([, left]) => left.length > 0)
      .sort((a, b) => b[1].length - a[1].length);
    const pick = candidates.find(([key]) => key !== last || key === '') ?? candidates[0]!;
    order.push(pick[1].shift()!);
    last = pick[0];
  }
  return order;
}

/**
 * Pairs for a pair exercise, partners from different organisations where possible; with an
 * odd number the last pair becomes a trio.
 */
export function drawPairs<T extends Drawable>(people: readonly T[], random: Random): T[][] {
  const order = drawOrder(people, random);
  const pairs: T[][] = [];
  for (let i = 0; i + 1 < order.length; i += 2) pairs.push([order[i]!, order[i + 1]!]);
  if (order.length % 2 === 1) {
    const lone = order.at(-1)!;
    if (pairs.length > 0) pairs.at(-1)!.push(lone);
    else pairs.push([lone]);
  }
  return pairs;
}

/** A small seeded generator (mulberry32) for reproducible draws in tests and benchmarks. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
