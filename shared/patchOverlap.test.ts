import { describe, expect, it } from 'vitest';
import { pathsOverlap } from './patchOverlap';

describe('pathsOverlap', () => {
  it('sees the same value, or one inside the other', () => {
    expect(pathsOverlap(['title'], ['title'])).toBe(true);
    expect(
      pathsOverlap(['agenda', 1, 'conclusions'], ['agenda', 1, 'conclusions', 0, 'text']),
    ).toBe(true);
    expect(pathsOverlap([], ['ideas', 3])).toBe(true);
  });

  it('sees two elements added or removed in one array, and a length change', () => {
    expect(pathsOverlap(['ideas', 5], ['ideas', 6])).toBe(true);
    expect(pathsOverlap(['ideas', 'length'], ['ideas', 2, 'text'])).toBe(true);
  });

  it('lets apart what cannot move the other: other fields, another element’s inside', () => {
    expect(pathsOverlap(['title'], ['place'])).toBe(false);
    expect(pathsOverlap(['agenda', 1, 'notes'], ['agenda', 1, 'conclusions', 0])).toBe(false);
    // An element added at the end leaves an earlier element's text where it was.
    expect(pathsOverlap(['ideas', 5], ['ideas', 3, 'text'])).toBe(false);
    expect(pathsOverlap(['ideas', 5], ['actions', 5])).toBe(false);
  });
});

describe('pathsOverlap with elements named by id', () => {
  it('tells elements apart by id, whatever their indexes', () => {
    expect(pathsOverlap(['ideas', { id: 'f2-i1' }], ['ideas', { id: 'n2' }])).toBe(false);
    expect(pathsOverlap(['ideas', { id: 'n2' }], ['ideas', { id: 'n2' }, 'text'])).toBe(true);
  });

  it('stays careful where an element cannot be named', () => {
    expect(pathsOverlap(['ideas', { any: true }], ['ideas', { id: 'n2' }, 'text'])).toBe(true);
    expect(pathsOverlap(['ideas', 4], ['ideas', { id: 'n2' }])).toBe(true);
  });
});
