import { useCallback, useSyncExternalStore } from 'react';
import type { Language } from '../../../../shared/languages';
import { hyphenate, hyphenationVersion, subscribeHyphenation } from './hyphenate';

/**
 * `hy(text)` hyphenates in `language`, and the component renders again once that language's
 * patterns have loaded. Takes the language rather than reading a page's language store, so the
 * phone page (its own store) shares it with the console.
 */
export function useHyphenateIn(language: Language): (text: string) => string {
  const loaded = useSyncExternalStore(subscribeHyphenation, hyphenationVersion);
  return useCallback(
    (text: string) => hyphenate(text, language),
    // `loaded` changes when patterns arrive, so text hyphenated before is done again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language, loaded],
  );
}
