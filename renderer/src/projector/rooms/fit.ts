/**
 * Fitting text to a fixed projector area without a scroll bar: shrink the type down to a floor,
 * then hide what still does not fit. Plain DOM, run before paint (useFit), so nothing flickers.
 */

/** True when the element's content is larger than its box. */
export function overflows(el: HTMLElement): boolean {
  return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
}

/** The largest font size in [minPx, maxPx] at which `fits()` holds (or minPx), set on `el`. */
export function fitFontSize(
  el: HTMLElement,
  minPx: number,
  maxPx: number,
  fits: () => boolean,
): number {
  const set = (px: number) => (el.style.fontSize = `${px}px`);
  set(maxPx);
  if (maxPx <= minPx || fits()) return maxPx;
  let lo = minPx;
  let hi = maxPx;
  // Half a pixel is below what anyone sees; 6–7 layouts for any range we use.
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    set(mid);
    if (fits()) lo = mid;
    else hi = mid;
  }
  set(lo);
  return lo;
}

/**
 * Hide the fewest items (from the start: the oldest; or from the end) so that `fits()` holds.
 * Returns how many are hidden. Uses the `hidden` attribute, which React does not manage here.
 */
export function hideUntilFits(
  items: readonly HTMLElement[],
  fits: () => boolean,
  from: 'start' | 'end',
): number {
  const show = (hidden: number) =>
    items.forEach((item, i) => {
      item.hidden = from === 'start' ? i < hidden : i >= items.length - hidden;
    });
  show(0);
  if (fits()) return 0;
  let lo = 1;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    show(mid);
    if (fits()) hi = mid;
    else lo = mid + 1;
  }
  show(lo);
  return lo;
}

/** n % of the window height in px: the projector's type floor is 3 %. */
export function vh(percent: number): number {
  return (window.innerHeight * percent) / 100;
}
