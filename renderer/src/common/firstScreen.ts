/**
 * The performance mark a page sets when its first screen has been handed to React: what was
 * fetched before it is the page's first load (the load bench counts it, test/bench/load.ts);
 * what comes after is warming in idle time.
 */
export const FIRST_SCREEN_MARK = 'dialogrum:first-screen';

export function markFirstScreen(): void {
  if (typeof performance.mark === 'function') performance.mark(FIRST_SCREEN_MARK);
}
