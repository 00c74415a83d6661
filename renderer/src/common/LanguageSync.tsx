import { useEffect } from 'react';
import { applyLanguage } from '../i18n/i18n';
import { useWorkshopSelect } from './hostContext';

/** The language follows the host's settings, so every window switches together. */
export function LanguageSync() {
  const language = useWorkshopSelect((state) => state.settings?.language);
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);
  return null;
}
