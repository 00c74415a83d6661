import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { PartBoundary } from './PartBoundary';
import { browserIdle, createWarmQueue } from './warmQueue';

/**
 * Where every part's loader waits until the page has loaded; then they load in idle time.
 * <html data-lazy-warm="done"> once all have: opening any of them no longer needs the server.
 */
const warm = createWarmQueue(browserIdle, () => {
  document.documentElement.dataset.lazyWarm = 'done';
});

// A page may hold the warming back until its first full screen is built (the console: a
// 200-point agenda), so idle-time loading never competes with that build.
let held: Promise<void> | null = null;
let release = () => {};

/** Called before mount: warming waits for releaseWarming as well as for the page's load. */
export function holdWarming(): void {
  held ??= new Promise((resolve) => (release = resolve));
}

/** The page's first full screen is built: warming may begin (a no-op if nothing held it). */
export function releaseWarming(): void {
  release();
}

/** Starts warming the parts once the page's own load is over (called by mount). */
export function warmLazyParts(): void {
  const start = () => browserIdle(() => warm.start());
  const afterLoad = () => {
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  };
  if (held) void held.then(afterLoad);
  else afterLoad();
}

// What every part needs besides its code: the page's strings its first screen did not load.
let partsNeed: () => Promise<unknown> = () => Promise.resolve();

/**
 * Something each part waits for besides its own code (mount: the rest of the page's strings),
 * so a part never shows a sentence before it is here.
 */
export function lazyPartsNeed(need: () => Promise<unknown>): void {
  partsNeed = need;
}

export interface LazyPart<P> {
  (props: P): ReactNode;
  /** Loads the part's code (the same import as opening it). */
  preload: () => Promise<unknown>;
  /** Settles once the code is here, loaded by whoever asked first; never starts a load. */
  whenLoaded: Promise<void>;
}

/**
 * A component whose code is fetched when it is first shown, or earlier in idle time
 * (warmLazyParts), whichever comes first. While the code loads, `fallback` stands in its
 * place (nothing by default: dialogs and screens simply open a moment later). Once loaded, it
 * renders at once, with no fallback frame.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  let markLoaded = () => {};
  const whenLoaded = new Promise<void>((resolve) => (markLoaded = resolve));
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= Promise.all([load(), partsNeed()]).then(
      ([component]) => {
        loaded = component;
        markLoaded();
        return component;
      },
      (error: unknown) => {
        // Offline or a stale build: the next attempt fetches again.
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  warm.add(preload);

  function Part(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return (
      <PartBoundary>
        <Suspense fallback={fallback}>
          <Component {...props} />
        </Suspense>
      </PartBoundary>
    );
  }
  Part.preload = preload;
  Part.whenLoaded = whenLoaded;
  return Part;
}
