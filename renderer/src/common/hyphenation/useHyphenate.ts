import { useTranslation } from '../../i18n/i18n';
import { useHyphenateIn } from './useHyphenateIn';

/**
 * `hy(text)` hyphenates in the page's language, and the component renders again
 * once that language's patterns have loaded.
 */
export function useHyphenate(): (text: string) => string {
  const { i18n } = useTranslation();
  return useHyphenateIn(i18n.language);
}
