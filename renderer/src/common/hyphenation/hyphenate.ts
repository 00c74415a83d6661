import type { Language } from '../../../../shared/settings';

/**
 * Danish (and English) hyphenation for text on a screen read from afar: soft hyphens at the
 * points TeX's patterns allow, and a break opportunity after a slash that joins two words
 * ("Sekretariatet/koordinationsgruppen"). Browsers cannot do this themselves: `hyphens: auto`
 * needs a Danish dictionary that Chromium on Windows and Linux does not ship, so the CSS for
 * hyphenated text is `hyphens: manual` and every break point is in the text.
 *
 * The patterns load on demand (a language's patterns are 20–100 KB); until they have, text is
 * returned as it is and `subscribeHyphenation` tells the views to render again.
 */

type HyphenateSync = (text: string, options?: { minWordLength?: number }) => string;

const loaders: Record<Language, () => Promise<{ hyphenateSync: HyphenateSync }>> = {
  da: () => import('hyphen/da'),
  en: () => import('hyphen/en-us'),
};

export const SOFT_HYPHEN = '\u00AD';
export const ZERO_WIDTH_SPACE = '\u200B';

/** Enough for every text of a large workshop; past it the cache starts again. */
const CACHE_LIMIT = 20_000;

const hyphenators = new Map<Language, HyphenateSync>();
const loading = new Map<Language, Promise<void>>();
const caches = new Map<Language, Map<string, string>>();
const listeners = new Set<() => void>();
let version = 0;

/** Load a language's patterns (once); resolves when its text can be hyphenated. */
export function loadHyphenation(language: Language): Promise<void> {
  if (hyphenators.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]()
      .then((mod) => {
        hyphenators.set(language, mod.hyphenateSync);
        version += 1;
        for (const listener of listeners) listener();
      })
      .catch(() => {
        // Without patterns text still wraps at spaces, slashes and hyphens: nothing is lost.
        loading.delete(language);
      });
    loading.set(language, pending);
  }
  return pending;
}

/** Bumped each time a language's patterns arrive (for useSyncExternalStore). */
export function hyphenationVersion(): number {
  return version;
}

export function subscribeHyphenation(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A break opportunity (a zero-width space) after a slash that joins two words: "a/b". */
function breakAfterSlashes(text: string): string {
  return text.replace(/\/(?=[\p{L}\p{N}])/gu, `/${ZERO_WIDTH_SPACE}`);
}

/**
 * `text` with soft hyphens at Danish (or English) hyphenation points and a break after joining
 * slashes. Not for people's names: they are shown whole.
 */
export function hyphenate(text: string, language: Language): string {
  if (text === '') return text;
  const hyphenator = hyphenators.get(language);
  if (!hyphenator) {
    void loadHyphenation(language);
    return breakAfterSlashes(text);
  }
  let cache = caches.get(language);
  if (!cache) {
    cache = new Map();
    caches.set(language, cache);
  }
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const result = breakAfterSlashes(hyphenator(text, { minWordLength: 6 }));
  cache.set(text, result);
  return result;
}

/** Text without the break points this module adds: for comparing what a reader sees. */
export function withoutBreakPoints(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '').replaceAll(ZERO_WIDTH_SPACE, '');
}
