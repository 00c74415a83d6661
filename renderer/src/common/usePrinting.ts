import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed. Long lists show light stand-ins far from the window; the
 * print must have every row in full, so the change is rendered at once (flushSync), before the
 * browser lays the page out for paper.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(print?.matches ?? false);
    const change = () => set(print?.matches ?? false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    print?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      print?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
