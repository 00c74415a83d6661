import { useEffect, useState } from 'react';
import type { KillerFlag } from '../../../../shared/model/contributions';

/** How long the yellow card stays up: long enough to read the phrase aloud, then back to work. */
export const YELLOW_CARD_MS = 4_000;

/**
 * The flag to show as a yellow card: one that appeared while this page was open (a reload does
 * not replay old ones), for a few seconds (counted again when the name is added), and gone at
 * once if the flag is taken back (undo).
 */
export function useNewKillerFlag(flags: readonly KillerFlag[]): KillerFlag | null {
  const [known, setKnown] = useState(() => new Set(flags.map((f) => f.id)));
  const [shownId, setShownId] = useState<string | null>(null);
  const fresh = flags.filter((f) => !known.has(f.id));
  if (fresh.length > 0) {
    // Adjusting state while rendering, as React advises for state derived from props.
    setKnown(new Set([...known, ...fresh.map((f) => f.id)]));
    setShownId(fresh.at(-1)?.id ?? null);
  }
  const shown = flags.find((f) => f.id === shownId) ?? null;
  // Who said it often follows a moment later (1–7, then the name): the card then stays a while.
  const said = shown?.participantId;
  useEffect(() => {
    if (shownId === null) return;
    const timer = setTimeout(() => setShownId(null), YELLOW_CARD_MS);
    return () => clearTimeout(timer);
  }, [shownId, said]);
  return shown;
}
