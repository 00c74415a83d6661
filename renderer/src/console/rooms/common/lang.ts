import { useTranslation } from 'react-i18next';

/** The language the room tools speak, for texts kept in the domain in both languages. */
export function useLang(): 'da' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'da';
}
