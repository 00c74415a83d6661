import { useLayoutEffect, useState, type DependencyList } from 'react';

/**
 * Runs `fit` before paint whenever `deps` change and when the window is resized; `fit` returns
 * what is worth showing (e.g. how many items it had to hide), kept as state.
 */
export function useFit<T>(
  fit: (reason: 'change' | 'resize') => T,
  deps: DependencyList,
  initial: T,
): T {
  const [result, setResult] = useState(initial);
  useLayoutEffect(() => {
    // Measuring the DOM, then rendering what it says: what layout effects are for.
    const run = (reason: 'change' | 'resize') => setResult(fit(reason));
    const onResize = () => run('resize');
    run('change');
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
    // The caller lists what the fit depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return result;
}
