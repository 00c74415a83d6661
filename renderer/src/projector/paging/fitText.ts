/**
 * Fitting one block of text (a problem statement, a title) to its box: the largest type in a
 * range at which nothing overflows. Plain DOM, run before paint (useFit), so nothing flickers.
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
