import JSZip from 'jszip';

/** The earliest time a zip entry can carry (DOS dates start in 1980). */
const DOS_EPOCH = Date.UTC(1980, 0, 1);

/**
 * Give every entry of a zip (xlsx, docx) the same date, so the same workshop gives the same bytes:
 * the libraries stamp entries with the time of writing and offer no option to fix it. JSZip writes
 * dates in UTC, so the bytes do not depend on the machine's zone either. `rewrite` replaces the text
 * of named entries (document properties that hold their own timestamps). Entries keep their order;
 * unchanged ones keep their compressed bytes.
 */
export async function restampZip(
  bytes: Uint8Array,
  date: Date,
  rewrite: Record<string, (text: string) => string> = {},
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const stamp = new Date(Math.max(DOS_EPOCH, date.getTime()));
  for (const [name, change] of Object.entries(rewrite)) {
    const entry = zip.file(name);
    if (entry) zip.file(name, change(await entry.async('string')));
  }
  for (const entry of Object.values(zip.files)) entry.date = stamp;
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}

/** A W3C date-time without milliseconds, as Office writes in docProps/core.xml. */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
