import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { hyphenate, hyphenationVersion, subscribeHyphenation } from './hyphenate';

/**
 * `hy(text)` hyphenates in the page's language, and the component renders again once that
 * language's patterns have loaded.
 */
export function useHyphenate(): (text: string) => string {
  const { i18n } = useTranslation();
  const loaded = useSyncExternalStore(subscribeHyphenation, hyphenationVersion);
  const language = i18n.language === 'en' ? 'en' : currentLanguage();
  return useCallback(
    (text: string) => hyphenate(text, language),
    // `loaded` changes when patterns arrive, so text hyphenated before is done again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language, loaded],
  );
}
