import { useLayoutEffect, useState, type DependencyList } from 'react';

/**
 * Runs `fit` before paint whenever `deps` change and when the window is resized; `fit` returns
 * what is worth showing (e.g. how many items it had to hide), kept as state.
 */
export function useFit<T>(fit: () => T, deps: DependencyList, initial: T): T {
  const [result, setResult] = useState(initial);
  useLayoutEffect(() => {
    const run = () => setResult(fit());
    run();
    window.addEventListener('resize', run);
    return () => window.removeEventListener('resize', run);
    // The caller lists what the fit depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return result;
}
