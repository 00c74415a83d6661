import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * How far beyond the window a row counts as near: it gets its editing controls before it
 * scrolls into view, so a user never sees the light stand-in.
 */
const MARGIN_PX = 400;
const MARGIN = `${MARGIN_PX}px 0px`;

// One observer for every long list's rows (200 points: one observer, not 200).
const listeners = new WeakMap<Element, (near: boolean) => void>();
let observer: IntersectionObserver | null = null;

function sharedObserver(): IntersectionObserver | null {
  if (observer === null && typeof IntersectionObserver !== 'undefined') {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
  }
  return observer;
}

/**
 * Whether an element is on screen or near it. `eager`: find out before the first paint (the
 * rows a user may see at once), so a row on screen never shows its stand-in, and one below the
 * window's edge is not built in full only to be taken down again; without
 * IntersectionObserver, always near.
 */
export function useNearViewport<E extends Element>(eager: boolean) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const element = useRef<E | null>(null);
  // The observer reports every row once when it starts observing, most of them "not near":
  // only a change is handed to React (a long list's load skips hundreds of no-op updates).
  const shown = useRef(near);
  const ref = useCallback((node: E | null) => {
    const shared = sharedObserver();
    if (element.current && shared) {
      shared.unobserve(element.current);
      listeners.delete(element.current);
    }
    element.current = node;
    if (node && shared) {
      listeners.set(node, (next) => {
        if (next === shown.current) return;
        shown.current = next;
        setNear(next);
      });
      shared.observe(node);
    }
  }, []);
  // Once, on mount: a layout effect re-renders before the browser paints.
  const eagerAtMount = useRef(eager);
  useLayoutEffect(() => {
    const node = element.current;
    if (!eagerAtMount.current || !node) return;
    const box = node.getBoundingClientRect();
    if (box.top < window.innerHeight + MARGIN_PX && box.bottom > -MARGIN_PX) {
      shown.current = true;
      setNear(true);
    }
  }, []);
  return { near, ref };
}
