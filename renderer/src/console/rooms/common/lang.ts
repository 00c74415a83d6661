import type { Language } from '../../../../../shared/languages';
import { useTranslation } from '../../../i18n/i18n';

/** The language the room tools speak, for texts kept in the domain in both languages. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'da';
}
