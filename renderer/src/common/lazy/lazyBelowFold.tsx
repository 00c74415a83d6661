import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useNearViewport } from '../useNearViewport';
import { lazyPart } from './lazyPart';

/**
 * A panel that sits below the first screen: its code is not in the first load, and it is not
 * even asked for while the page builds. It comes with the other parts in idle time, or at once
 * when its place scrolls near the window. Meanwhile a quiet empty panel (`className`) holds
 * the place, so the page moves as little as possible when it arrives.
 */
export function lazyBelowFold<P extends object>(
  load: () => Promise<ComponentType<P>>,
  className: string,
): (props: P) => ReactNode {
  const Part = lazyPart(load, <section className={className} aria-busy="true" />);
  let loaded = false;
  void Part.whenLoaded.then(() => (loaded = true));

  return function BelowFold(props: P) {
    const [ready, setReady] = useState(loaded);
    const { near, ref } = useNearViewport<HTMLElement>(true);
    useEffect(() => {
      let live = true;
      void Part.whenLoaded.then(() => live && setReady(true));
      return () => {
        live = false;
      };
    }, []);
    if (ready || near) return <Part {...props} />;
    return <section ref={ref} className={className} aria-busy="true" />;
  };
}
