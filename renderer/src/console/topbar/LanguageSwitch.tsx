import { LANGUAGES } from '../../../../shared/languages';
import { useRequest } from '../../common/hostContext';
import { applyLanguage, currentLanguage, isLanguage, useTranslation } from '../../i18n/i18n';

/** Stored in the host's settings, so the projector and the next start follow it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const request = useRequest();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        data-testid="language-switch"
        value={currentLanguage()}
        onChange={async (e) => {
          const language = e.target.value;
          if (!isLanguage(language)) return;
          const settings = await request('updateSettings', { language });
          if (settings) applyLanguage(settings.language);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
