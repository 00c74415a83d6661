import { describe, expect, it } from 'vitest';
import { drawOrder, drawPairs, seededRandom } from './draw';

const people = [
  { id: 'a1', organisation: 'Aalborg Kommune' },
  { id: 'a2', organisation: 'Aalborg Kommune' },
  { id: 'a3', organisation: 'aalborg kommune ' },
  { id: 'h1', organisation: 'Aalborg Universitetshospital' },
  { id: 'h2', organisation: 'Aalborg Universitetshospital' },
  { id: 'g1', organisation: 'Lægehuset Vestergade' },
  { id: 'r1', organisation: 'Region Nordjylland' },
];
const org = (id: string) =>
  people
    .find((p) => p.id === id)!
    .organisation.trim()
    .toLowerCase();

describe('drawOrder', () => {
  it('puts everyone in exactly once', () => {
    const order = drawOrder(people, seededRandom(1)).map((p) => p.id);
    expect([...order].sort()).toEqual(people.map((p) => p.id).sort());
  });

  it('never seats two neighbours of one organisation when the group allows it (many seeds)', () => {
    for (let seed = 0; seed < 200; seed++) {
      const order = drawOrder(people, seededRandom(seed));
      for (let i = 1; i < order.length; i++) {
        expect(org(order[i]!.id), `seed ${seed}`).not.toBe(org(order[i - 1]!.id));
      }
    }
  });

  it('draws different orders with different seeds', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, s) =>
        drawOrder(people, seededRandom(s))
          .map((p) => p.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(5);
  });
});

describe('drawPairs', () => {
  it('makes pairs and one trio for an odd group, partners from different organisations', () => {
    for (let seed = 0; seed < 100; seed++) {
      const pairs = drawPairs(people, seededRandom(seed));
      expect(pairs.map((p) => p.length).sort()).toEqual([2, 2, 3]);
      for (const pair of pairs) expect(org(pair[0]!.id)).not.toBe(org(pair[1]!.id));
      expect(pairs.flat().length).toBe(people.length);
    }
  });

  it('makes only pairs for an even group', () => {
    expect(drawPairs(people.slice(0, 6), seededRandom(3)).map((p) => p.length)).toEqual([2, 2, 2]);
  });
});
