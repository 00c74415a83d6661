/**
 * File names made from text typed in the app (a workshop's title, an organisation): the one place
 * that decides what Windows, macOS and Linux all accept. Exports and workshop documents use it.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;

/** Windows refuses these as a name, in any case, even with an extension after them ("CON.txt"). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * File systems allow 255 bytes in a name (UTF-8 on Linux, where "æ" and "ø" take two bytes).
 * What the app adds beside a document (`.dialogrum.journal.corrupt-<ISO time>-2`, a temp file's
 * `.…dialogrum-tmp-<pid>-<hex>`, a clash's ` (12)`) needs about 70 of them.
 */
export const FILE_STEM_MAX_BYTES = 150;

export interface SafeFileStemOptions {
  /** Used when nothing usable is left; `''` lets the caller tell that case apart. */
  fallback?: string;
  maxBytes?: number;
}

/** UTF-8 length, counted by hand: shared/ has neither TextEncoder nor Buffer. */
function bytes(text: string): number {
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The longest start of `text` within `maxBytes`, cut between words when that keeps most of it. */
function cutToBytes(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  let cut = '';
  let used = 0;
  for (const char of text) {
    used += bytes(char);
    if (used > maxBytes) break;
    cut += char;
  }
  const space = cut.lastIndexOf(' ');
  return space > cut.length / 2 ? cut.slice(0, space) : cut;
}

/** A file name stem (no extension) any of Windows, macOS and Linux accepts. */
export function safeFileStem(text: string, options: SafeFileStemOptions = {}): string {
  const { fallback = 'Workshop', maxBytes = FILE_STEM_MAX_BYTES } = options;
  const clean = text
    .normalize('NFC') // one byte count and one name whichever way the letters were typed
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ');
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
  const trimEnds = (s: string) => s.replace(/^[. ]+/, '').replace(/[. ]+$/, '');
  let stem = trimEnds(cutToBytes(trimEnds(clean), maxBytes));
  const dot = stem.indexOf('.');
  const head = dot < 0 ? stem : stem.slice(0, dot);
  if (RESERVED.test(head.trimEnd())) stem = `${head.trimEnd()}_${stem.slice(head.length)}`;
  return stem || fallback;
}
