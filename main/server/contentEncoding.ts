import { readFile } from 'node:fs/promises';

/** The encodings the build writes beside each asset (scripts/precompress.mjs), best first. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
export type Precompressed = (typeof PRECOMPRESSED)[number];

/**
 * The precompressed encodings a request accepts, best first: from Accept-Encoding, where a
 * coding with q=0 is refused and `*` accepts both.
 */
export function acceptedEncodings(header: string | string[] | undefined): Precompressed[] {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const quality = new Map<string, number>();
  for (const part of text.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    quality.set(name, q === undefined ? 1 : Number(q));
  }
  const accepts = (coding: string) => (quality.get(coding) ?? quality.get('*') ?? 0) > 0;
  return PRECOMPRESSED.filter((p) => accepts(p.encoding));
}

/** The first of `encodings` whose file the build wrote beside `file`, with its bytes. */
export async function firstPrecompressed(
  file: string,
  encodings: readonly Precompressed[],
): Promise<{ encoding: Precompressed; body: Buffer } | null> {
  for (const encoding of encodings) {
    try {
      return { encoding, body: await readFile(`${file}${encoding.suffix}`) };
    } catch {
      // Not written for this file (too small, or it did not shrink): try the next.
    }
  }
  return null;
}
