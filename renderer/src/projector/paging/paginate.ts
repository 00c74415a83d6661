/**
 * Where a list's pages begin, from one layout of the whole list: items are grouped into rows
 * (a grid's row, or one item of a list), and a page takes whole rows while they fit the box.
 * Laid out alone, a page's rows stand exactly where they stood in the whole list, shifted up,
 * as long as rows are sized by their own content (grid-auto-rows: auto; no stretching).
 * Pure arithmetic, so it is tested without a browser.
 */

export interface ItemBox {
  /** Top and bottom of the item's border box, relative to the list's content box. */
  top: number;
  bottom: number;
  /** A heading: never the last thing on a page, it goes over with what it heads. */
  keepWithNext?: boolean;
}

export interface Pages {
  /** The index of each page's first item (always [0, …]; [] for no items). */
  starts: number[];
  /** Some row is taller than the box: at this size it is cut, whatever the pages. */
  overflow: boolean;
}

/** Half a pixel of rounding, so a row that exactly fits is not pushed to the next page. */
const EPSILON = 0.5;

interface Row {
  first: number;
  top: number;
  bottom: number;
  keepWithNext: boolean;
}

function rows(items: readonly ItemBox[]): Row[] {
  const result: Row[] = [];
  items.forEach((item, i) => {
    const row = result.at(-1);
    // Items on one grid row share their top; a new row starts lower.
    if (row && Math.abs(item.top - row.top) <= 1) {
      row.bottom = Math.max(row.bottom, item.bottom);
      row.keepWithNext = item.keepWithNext ?? false;
    } else {
      result.push({
        first: i,
        top: item.top,
        bottom: item.bottom,
        keepWithNext: item.keepWithNext ?? false,
      });
    }
  });
  return result;
}

/**
 * Where the pages of a list begin when its box is `height` high. A row taller than the box gets
 * a page to itself (and `overflow` says so).
 */
export function paginate(items: readonly ItemBox[], height: number): Pages {
  const all = rows(items);
  const first = all[0];
  if (!first) return { starts: [], overflow: false };
  // Where the first row stands when a page is laid out alone (the list's own top padding).
  const lead = first.top;
  const fits = (from: Row, to: Row) => to.bottom - from.top + lead <= height + EPSILON;
  const starts = [0];
  let pageFirst = 0;
  let overflow = false;
  all.forEach((row, r) => {
    const top = all[pageFirst];
    if (r === pageFirst || !top) return;
    if (fits(top, row)) return;
    // A heading at the foot of the page goes over with the row it heads.
    const before = all[r - 1];
    const from = before?.keepWithNext && r - 1 > pageFirst ? r - 1 : r;
    pageFirst = from;
    starts.push(all[from]?.first ?? row.first);
  });
  for (const [p, start] of starts.entries()) {
    const from = all.find((row) => row.first === start);
    const end = starts[p + 1];
    const last = [...all].reverse().find((row) => end === undefined || row.first < end);
    if (from && last && !fits(from, last)) overflow = true;
  }
  return { starts, overflow };
}

export interface ColumnBox extends ItemBox {
  /** Left edge, relative to the list's content box. */
  left: number;
}

/**
 * Where the pages of a multi-column list begin (CSS columns, filled one after the other, each
 * `height` high): the items of `perPage` columns make a page. Laid out alone, a page's items
 * flow into the same columns they stood in, since columns fill greedily in order.
 */
export function paginateColumns(
  items: readonly ColumnBox[],
  layout: { columnWidth: number; gap: number; perPage: number; height: number },
): Pages {
  const { columnWidth, gap, perPage, height } = layout;
  const starts: number[] = [];
  let page = -1;
  let overflow = false;
  items.forEach((item, i) => {
    // The column the item's left edge stands in (an item nested in another, a pair's second
    // name, may start far to the right in its column; a pixel of rounding either side).
    const column = Math.max(0, Math.floor((item.left + 1) / (columnWidth + gap)));
    const at = Math.floor(column / Math.max(1, perPage));
    if (at > page) {
      starts.push(i);
      page = at;
    }
    if (item.bottom - item.top > height + EPSILON) overflow = true;
  });
  return { starts, overflow };
}

/** The items [start, end) of page `page` (clamped to the pages there are). */
export function pageRange(
  starts: readonly number[],
  count: number,
  page: number,
): [number, number] {
  if (starts.length === 0) return [0, 0];
  const at = Math.min(Math.max(page, 0), starts.length - 1);
  return [starts[at] ?? 0, starts[at + 1] ?? count];
}

/** The page whose items include item `index` (0 for no pages). */
export function pageOfItem(starts: readonly number[], index: number): number {
  let page = 0;
  starts.forEach((start, p) => {
    if (start <= index) page = p;
  });
  return page;
}
