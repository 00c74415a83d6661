import { describe, expect, it } from 'vitest';
import { movePerson } from './pairsEdit';

describe('movePerson', () => {
  const groups = [
    ['a', 'b'],
    ['c', 'd', 'e'],
  ];
  it('moves a person into another pair, and a group left empty goes', () => {
    expect(movePerson(groups, 'e', 0)).toEqual([
      ['a', 'b', 'e'],
      ['c', 'd'],
    ]);
    expect(movePerson([['a'], ['b', 'c']], 'a', 1)).toEqual([['b', 'c', 'a']]);
  });
  it('starts a new group, and refuses a fifth member', () => {
    expect(movePerson(groups, 'a', 2)).toEqual([['b'], ['c', 'd', 'e'], ['a']]);
    expect(movePerson([['a', 'b', 'c', 'd'], ['e']], 'e', 0)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e'],
    ]);
  });
});
