import { describe, expect, it } from 'vitest';
import { pageOfItem, pageRange, paginate, paginateColumns } from './paginate';

const pageStarts = (...args: Parameters<typeof paginate>) => paginate(...args).starts;

/** A list of items of these heights, one under the other with `gap` between. */
function column(heights: number[], gap = 0, lead = 0) {
  let top = lead;
  return heights.map((h) => {
    const box = { top, bottom: top + h };
    top += h + gap;
    return box;
  });
}

describe('pageStarts', () => {
  it('keeps a list that fits on one page', () => {
    expect(pageStarts(column([100, 100, 100]), 300)).toEqual([0]);
  });

  it('starts a new page at the first item that does not fit', () => {
    expect(pageStarts(column([100, 100, 100, 100, 100]), 250)).toEqual([0, 2, 4]);
  });

  it('counts the gap between items and the list’s top padding on every page', () => {
    // Items of 100 with a gap of 10 below a padding of 20: 20+100+10+100 = 230 fits 240.
    expect(pageStarts(column([100, 100, 100, 100], 10, 20), 240)).toEqual([0, 2]);
    expect(pageStarts(column([100, 100, 100, 100], 10, 20), 229)).toEqual([0, 1, 2, 3]);
  });

  it('pages a grid by whole rows (items sharing a top)', () => {
    const grid = [
      { top: 0, bottom: 80 },
      { top: 0, bottom: 120 },
      { top: 130, bottom: 200 },
      { top: 130, bottom: 190 },
      { top: 210, bottom: 300 },
    ];
    expect(pageStarts(grid, 210)).toEqual([0, 4]);
    expect(pageStarts(grid, 300)).toEqual([0]);
  });

  it('gives a row taller than the box a page of its own', () => {
    expect(pageStarts(column([50, 400, 50]), 100)).toEqual([0, 1, 2]);
  });

  it('has no pages for no items', () => {
    expect(pageStarts([], 100)).toEqual([]);
  });
});

describe('pageRange', () => {
  it('gives each page its items, and the last page for a page past the end', () => {
    expect(pageRange([0, 3, 5], 7, 0)).toEqual([0, 3]);
    expect(pageRange([0, 3, 5], 7, 2)).toEqual([5, 7]);
    expect(pageRange([0, 3, 5], 7, 9)).toEqual([5, 7]);
  });
});

describe('paginate', () => {
  it('says when a row is taller than the box', () => {
    expect(paginate(column([50, 400, 50]), 100).overflow).toBe(true);
    expect(paginate(column([50, 40, 50]), 100).overflow).toBe(false);
  });

  it('takes a heading at the foot of a page over to the next, with what it heads', () => {
    const items = column([100, 100, 30, 100, 100]).map((box, i) => ({
      ...box,
      keepWithNext: i === 2,
    }));
    // Without the rule the heading (item 2) would end page 1: 100+100+30 = 230 ≤ 250.
    expect(paginate(items, 250).starts).toEqual([0, 2]);
    expect(pageStarts(column([100, 100, 30, 100, 100]), 250)).toEqual([0, 3]);
  });

  it('keeps a heading that starts its page', () => {
    const items = column([30, 300, 30, 50]).map((box, i) => ({
      ...box,
      keepWithNext: i === 0 || i === 2,
    }));
    expect(paginate(items, 200).starts).toEqual([0, 1, 2]);
  });
});

describe('paginateColumns', () => {
  const layout = { columnWidth: 400, gap: 40, perPage: 2, height: 500 };
  const at = (left: number, top: number) => ({ left, top, bottom: top + 50 });

  it('puts an item starting far right in its column on that column’s page', () => {
    // Columns start at 0, 440, 880 (page 2). A name at 800 stands in the second column.
    const items = [at(0, 0), at(440, 0), at(800, 0), at(880, 0), at(1200, 60)];
    expect(paginateColumns(items, layout).starts).toEqual([0, 3]);
  });

  it('takes a column start a pixel off as that column', () => {
    expect(paginateColumns([at(0, 0), at(879.4, 0)], layout).starts).toEqual([0, 1]);
  });
});

describe('pageOfItem', () => {
  it('finds the page that holds an item', () => {
    expect(pageOfItem([0, 3, 5], 0)).toBe(0);
    expect(pageOfItem([0, 3, 5], 4)).toBe(1);
    expect(pageOfItem([0, 3, 5], 9)).toBe(2);
    expect(pageOfItem([], 2)).toBe(0);
  });
});
