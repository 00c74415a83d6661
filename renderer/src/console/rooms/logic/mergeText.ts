/** What merged ideas say together, as a starting point the facilitator then edits. */
export function mergeText(texts: readonly string[], max = 500): string {
  const unique = [...new Set(texts.map((t) => t.trim()).filter(Boolean))];
  const joined = unique.join(' / ');
  return joined.length <= max ? joined : `${joined.slice(0, max - 1).trimEnd()}…`;
}
