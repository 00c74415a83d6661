import { pageRange, paginate, paginateColumns, type ColumnBox, type Pages } from './paginate';

/**
 * Fitting a projector list to its box: the type shrinks step by step from its large size to the
 * floor (2.5 % of the screen height); only what still does not fit at the floor goes on further
 * pages, at the floor, so each page holds as much as it can. Width is
 * never solved by hiding: text wraps (at spaces, soft hyphens and slashes), and a line that is
 * still too wide makes the type smaller. Plain DOM, run before paint.
 */

export interface PanelFit {
  px: number;
  /** Index of each page's first item ([0] for one page, [] for no items). */
  starts: number[];
  /** The items' keys the fit was made for, to recognise "one more at the end". */
  keys: readonly string[];
  width: number;
  height: number;
}

export interface FitRange {
  minPx: number;
  maxPx: number;
}

/** The type floor on the projector: 2.5 % of the screen height. */
export const FLOOR_PERCENT = 2.5;

export function vh(percent: number): number {
  return (window.innerHeight * percent) / 100;
}

/** The usual range: the floor up to `maxPercent` of the screen height. */
export function range(maxPercent: number): FitRange {
  return { minPx: vh(FLOOR_PERCENT), maxPx: vh(Math.max(maxPercent, FLOOR_PERCENT)) };
}

function contentHeight(box: HTMLElement): number {
  const style = getComputedStyle(box);
  return box.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
}

/** The items' boxes relative to the list's content box, from one layout. */
function measure(box: HTMLElement, items: readonly HTMLElement[]): ColumnBox[] {
  const rect = box.getBoundingClientRect();
  const style = getComputedStyle(box);
  const top = rect.top + box.clientTop + parseFloat(style.paddingTop) - box.scrollTop;
  const left = rect.left + box.clientLeft + parseFloat(style.paddingLeft) - box.scrollLeft;
  return items.map((item) => {
    const r = item.getBoundingClientRect();
    return {
      top: r.top - top,
      bottom: r.bottom - top,
      left: r.left - left,
      keepWithNext: 'keepWithNext' in item.dataset,
    };
  });
}

/**
 * The pages of the list as laid out now: by rows, or, for a list in CSS columns (filled one
 * after the other, `column-fill: auto`), by the columns each page shows.
 */
function pagesNow(box: HTMLElement, items: readonly HTMLElement[]): Pages & { fill?: number } {
  const boxes = measure(box, items);
  const height = contentHeight(box);
  const style = getComputedStyle(box);
  const perPage = parseInt(style.columnCount, 10);
  if (!(perPage > 1)) {
    // How far down the box the last row reaches (1: just full).
    const fill = Math.max(0, ...boxes.map((b) => b.bottom)) / height;
    return { ...paginate(boxes, height), fill };
  }
  const gap = parseFloat(style.columnGap) || 0;
  const width = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const columnWidth = (width - gap * (perPage - 1)) / perPage;
  return paginateColumns(boxes, { columnWidth, gap, perPage, height });
}

const wider = (el: Element) => el.scrollWidth > el.clientWidth + 1;

/**
 * Some line is wider than its box: a word that cannot be broken at this size. An item's cells
 * (a table row's) are looked at too: a cell's overflow does not widen its row.
 */
function tooWide(box: HTMLElement, items: readonly HTMLElement[]): boolean {
  // A list in columns is wider than its box by design: its later pages stand to the right.
  if (getComputedStyle(box).columnCount === 'auto' && wider(box)) return true;
  return items.some((item) => wider(item) || [...item.children].some(wider));
}

function show(items: readonly HTMLElement[], from: number, to: number): void {
  items.forEach((item, i) => {
    const hide = i < from || i >= to;
    if (item.hidden !== hide) item.hidden = hide;
  });
}

interface Trial {
  starts: number[];
  /** Something is cut at this size: a line too wide, or one item taller than the box. */
  cut: boolean;
}

function trial(box: HTMLElement, items: readonly HTMLElement[], px: number): Trial {
  box.style.fontSize = `${px}px`;
  const { starts, overflow } = pagesNow(box, items);
  return { starts, cut: overflow || tooWide(box, items) };
}

/**
 * The whole fit: every item laid out at a few sizes (about six layouts, whatever the count).
 * The sizes tried are whole pixels (besides the top and the floor): a pixel is below what anyone
 * sees from the back of the room, and a size laid out before, in an earlier fit, lays out about
 * twice as fast, its words already shaped at it. `ceiling`: a size known to be too big for what
 * is there now (items were added since a fit at that size, see grownFrom); the search then
 * steps down from it, which after one more idea on the wall usually takes a few layouts.
 * `outgrown`: how full the whole list made the box at the ceiling (fitAppended), if known.
 */
export function fitPanel(
  box: HTMLElement,
  items: readonly HTMLElement[],
  keys: readonly string[],
  { minPx, maxPx }: FitRange,
  ceiling?: number,
  outgrown?: number,
): PanelFit {
  const done = (px: number, starts: number[]): PanelFit => ({
    px,
    starts,
    keys,
    width: box.clientWidth,
    height: box.clientHeight,
  });
  const fits = (t: Trial) => t.starts.length <= 1 && !t.cut;
  show(items, 0, items.length);
  let hi = maxPx;
  let lo = minPx;
  let best: number[] | null = null;
  if (ceiling !== undefined && ceiling > minPx && ceiling <= maxPx) {
    // Down from the ceiling in doubling steps, to the first size that fits (or the floor). The
    // first step from how full the box got: the content grows about with the square of the
    // size, so it fits at about ceiling ÷ √outgrown.
    hi = ceiling;
    const guess = outgrown ? Math.floor(ceiling / Math.sqrt(outgrown)) : ceiling;
    let size = Math.min(guess, Math.floor(hi - 1));
    for (let step = outgrown ? 1 : 2; size > minPx; step *= 2) {
      const t = trial(box, items, size);
      if (fits(t)) {
        lo = size;
        best = t.starts;
        break;
      }
      hi = size;
      size = Math.floor(hi - step);
    }
  } else {
    const atMax = trial(box, items, maxPx);
    if (fits(atMax)) return done(maxPx, atMax.starts);
    if (maxPx <= minPx) return done(maxPx, atMax.starts);
  }
  if (best === null) {
    const atFloor = trial(box, items, minPx);
    // Paging only at the floor: a page then holds as much as the type allows.
    if (atFloor.starts.length > 1) return done(minPx, atFloor.starts);
    best = atFloor.starts;
  }
  for (;;) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid <= lo || mid >= hi) break;
    const t = trial(box, items, mid);
    if (fits(t)) {
      lo = mid;
      best = t.starts;
    } else hi = mid;
  }
  box.style.fontSize = `${lo}px`;
  return done(lo, best);
}

/**
 * The size of the last fit when only items were added at the end since, in a box of the same
 * size: nothing bigger can fit now, so the next fit searches down from it.
 */
export function grownFrom(
  box: HTMLElement,
  keys: readonly string[],
  previous: PanelFit | null,
): number | undefined {
  if (!previous || box.clientWidth !== previous.width || box.clientHeight !== previous.height)
    return undefined;
  const before = previous.keys;
  if (keys.length <= before.length || before.some((key, i) => keys[i] !== key)) return undefined;
  return previous.px;
}

/** The last size no longer fits the whole list, which filled the box this much at it (over 1). */
export interface Outgrown {
  outgrown: number;
}

/**
 * One item more at the end, nothing else changed: only the last page is laid out again (one
 * layout), at the size already chosen. When that page was the whole list and no longer fits,
 * how full it made the box (it starts the whole fit). Null when the quick way does not apply.
 */
export function fitAppended(
  box: HTMLElement,
  items: readonly HTMLElement[],
  keys: readonly string[],
  previous: PanelFit | null,
  { minPx }: FitRange,
): PanelFit | Outgrown | null {
  if (!previous || previous.starts.length === 0) return null;
  if (box.clientWidth !== previous.width || box.clientHeight !== previous.height) return null;
  const before = previous.keys;
  if (keys.length <= before.length || before.some((key, i) => keys[i] !== key)) return null;
  const lastStart = previous.starts.at(-1) ?? 0;
  box.style.fontSize = `${previous.px}px`;
  show(items, lastStart, items.length);
  const tail = items.slice(lastStart);
  if (tooWide(box, tail)) return null;
  const { starts: tailStarts, overflow, fill } = pagesNow(box, tail);
  // A new page while the type could still shrink: shrinking comes first (the whole fit).
  if (overflow || (tailStarts.length > 1 && previous.px > minPx + 0.5))
    return lastStart === 0 && !overflow && fill !== undefined && fill > 1
      ? { outgrown: fill }
      : null;
  return {
    ...previous,
    keys,
    starts: [...previous.starts.slice(0, -1), ...tailStarts.map((s) => s + lastStart)],
  };
}

/** Shows page `page` of the fit (the last page for a page past the end). */
export function showPage(items: readonly HTMLElement[], fit: PanelFit, page: number): void {
  if (fit.starts.length === 0) return;
  show(items, ...pageRange(fit.starts, items.length, page));
}
