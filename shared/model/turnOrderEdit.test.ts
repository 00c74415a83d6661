import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../test/fixtures/corpus/sentences';
import { placeForMove, placeInOrder } from './turnOrderEdit';

const [claus, hosea, anette, annemarie] = PEOPLE.map((p) => p.name) as [
  string,
  string,
  string,
  string,
];
const order = [claus, hosea, anette, annemarie];

describe('a move in the speaking order, by whom it passes', () => {
  it('says a move on screen as the person and their new neighbour, clamped at both ends', () => {
    expect(placeForMove(order, 3, 1)).toEqual({ id: annemarie, place: { before: hosea } });
    expect(placeForMove(order, 0, 1)).toEqual({ id: claus, place: { after: hosea } });
    expect(placeForMove(order, 1, 99)).toEqual({ id: hosea, place: { after: annemarie } });
    expect(placeForMove(order, 2, -5)).toEqual({ id: anette, place: { before: claus } });
    expect(placeForMove(order, 2, 2)).toBeNull();
    expect(placeForMove([], 0, 1)).toBeNull();
  });

  it('puts the person beside the neighbour in the order as it is, wherever that one is now', () => {
    // Someone else has moved Hosea to the end meanwhile: Annemarie still goes just before him.
    const now = [claus, anette, annemarie, hosea];
    expect(placeInOrder(now, annemarie, { before: hosea })).toEqual(now);
    expect(placeInOrder(now, claus, { after: hosea })).toEqual([anette, annemarie, hosea, claus]);
    expect(placeInOrder(order, annemarie, { before: claus })).toEqual([
      annemarie,
      claus,
      hosea,
      anette,
    ]);
  });

  it('gives nothing when either is not in the order, or they are one', () => {
    expect(placeInOrder([claus, hosea], anette, { before: claus })).toBeNull();
    expect(placeInOrder([claus, hosea], claus, { after: anette })).toBeNull();
    expect(placeInOrder(order, claus, { after: claus })).toBeNull();
  });
});
