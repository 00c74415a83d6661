import { useLayoutEffect, useRef, useState, type DependencyList, type RefObject } from 'react';
import {
  fitAppended,
  fitPanel,
  grownFrom,
  showPage,
  type FitRange,
  type PanelFit,
} from './fitPanel';
import { FIT_MEASURE } from './fitMeasure';

/** What a list pages: its items (`data-pr-item`) and its part headings (`data-pr-part`). */
function itemsOf(box: HTMLElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>('[data-pr-item], [data-pr-part]')];
}

/** How many pages a fit needs (1 for none yet). */
export function pagesOf(...fits: (PanelFit | null)[]): number {
  return Math.max(1, ...fits.map((fit) => fit?.starts.length ?? 1));
}

/**
 * Fits a list (`box` holds elements marked `data-pr-item`) to its box before paint. `keys` are
 * the items' keys in order: one more at the end re-fits only the last page. `fitRange` is read
 * at fit time (it depends on the window's height). Refits when `deps` change and when the
 * window is resized. Show a page of the result with useShowPage.
 */
export function usePanelFit(
  boxRef: RefObject<HTMLElement | null>,
  keys: readonly string[],
  fitRange: () => FitRange,
  deps: DependencyList,
): PanelFit | null {
  const [fit, setFit] = useState<PanelFit | null>(null);
  const last = useRef<PanelFit | null>(null);
  const rangeRef = useRef(fitRange);
  useLayoutEffect(() => {
    rangeRef.current = fitRange;
  });

  useLayoutEffect(() => {
    const run = (quick: boolean) => {
      const box = boxRef.current;
      if (!box) {
        last.current = null;
        setFit(null);
        return;
      }
      const start = performance.now();
      const items = itemsOf(box);
      const range = rangeRef.current();
      const appended = quick ? fitAppended(box, items, keys, last.current, range) : null;
      const fit = appended && 'starts' in appended ? appended : null;
      const outgrown = appended && 'outgrown' in appended ? appended.outgrown : undefined;
      const ceiling = quick ? grownFrom(box, keys, last.current) : undefined;
      last.current = fit ?? fitPanel(box, items, keys, range, ceiling, outgrown);
      performance.measure(FIT_MEASURE, {
        start,
        detail: { items: items.length, quick: fit !== null },
      });
      setFit(last.current);
    };
    run(true);
    const onResize = () => run(false);
    window.addEventListener('resize', onResize);
    // The box itself can change size without the window: the page line appears, a title
    // beside it wraps to a second line, the turn strip above it grows. Fit again then (the
    // observer reports after layout and before paint, so the new fit is what is painted).
    const observer = new ResizeObserver(() => {
      const box = boxRef.current;
      const fitted = last.current;
      if (box && fitted && (box.clientWidth !== fitted.width || box.clientHeight !== fitted.height))
        run(false);
    });
    if (boxRef.current) observer.observe(boxRef.current);
    return () => {
      window.removeEventListener('resize', onResize);
      observer.disconnect();
    };
    // The caller lists what else the layout depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, ...deps]);

  return fit;
}

/** Shows page `page` of a fit (its last page for a page past its end), before paint. */
export function useShowPage(
  boxRef: RefObject<HTMLElement | null>,
  fit: PanelFit | null,
  page: number,
): void {
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (box && fit) showPage(itemsOf(box), fit, page);
  }, [boxRef, fit, page]);
}
