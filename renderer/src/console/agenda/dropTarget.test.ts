import { describe, expect, it } from 'vitest';
import { dropIndex } from './dropTarget';

/** Move as movePoint does, to check the index lands the point where it was dropped. */
function move<T>(list: T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

describe('dropIndex', () => {
  const list = ['a', 'b', 'c', 'd'];

  it('puts a point dropped above a row just before it', () => {
    expect(move(list, 0, dropIndex(0, 2, 'before'))).toEqual(['b', 'a', 'c', 'd']);
    expect(move(list, 3, dropIndex(3, 1, 'before'))).toEqual(['a', 'd', 'b', 'c']);
    expect(move(list, 2, dropIndex(2, 0, 'before'))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('puts a point dropped below a row just after it', () => {
    expect(move(list, 0, dropIndex(0, 3, 'after'))).toEqual(['b', 'c', 'd', 'a']);
    expect(move(list, 3, dropIndex(3, 0, 'after'))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('leaves a point dropped on itself where it is', () => {
    expect(dropIndex(1, 1, 'before')).toBe(1);
    expect(dropIndex(1, 1, 'after')).toBe(1);
    expect(dropIndex(1, 0, 'after')).toBe(1);
    expect(dropIndex(1, 2, 'before')).toBe(1);
  });
});
