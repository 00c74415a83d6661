/**
 * Read a time of day as people type it in Danish and English — "9", "9.30", "930", "09:30",
 * "9:30" — into 24-hour "hh:mm". Empty stays empty (no time set); anything else is null.
 */
export function normaliseTimeOfDay(input: string): string | null {
  const text = input.trim();
  if (text === '') return '';
  const m = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
