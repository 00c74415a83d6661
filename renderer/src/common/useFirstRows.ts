import { startTransition, useEffect, useState } from 'react';

/**
 * How many rows of a long list to render: `first` in the first render, then all of them in a
 * transition, which React renders in slices between other work. A console opened on 200 points
 * shows its first screen without one long block of the main thread for rows far below it.
 */
export function useFirstRows(first: number): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (!all) startTransition(() => setAll(true));
  }, [all]);
  return all ? Number.POSITIVE_INFINITY : first;
}
