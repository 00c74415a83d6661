const pad = (n: number) => String(n).padStart(2, '0');

function minutesSeconds(totalSeconds: number): string {
  return `${pad(Math.floor(totalSeconds / 60))}:${pad(totalSeconds % 60)}`;
}

/**
 * Time left as mm:ss, counting whole seconds down (10:00 right at the start, 00:00 at the end);
 * past the end, the overrun as +mm:ss. Minutes are not wrapped into hours: a workshop point
 * reads better as 90:00 than 1:30:00.
 */
export function formatRemaining(remainingMs: number): string {
  if (remainingMs > 0) return minutesSeconds(Math.ceil(remainingMs / 1000));
  const over = Math.floor(-remainingMs / 1000);
  return over === 0 ? '00:00' : `+${minutesSeconds(over)}`;
}

/** Milliseconds until formatRemaining shows something else, so a redraw lands on the change. */
export function msUntilNextSecond(remainingMs: number): number {
  const phase = ((remainingMs % 1000) + 1000) % 1000;
  return phase === 0 ? 1000 : phase;
}
