import { isTheme, LANGUAGES, THEMES, WALL_COLOURINGS } from '../../../../shared/settingsCatalogue';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { applyLanguage, isLanguage, useTranslation } from '../../i18n/i18n';
import { ProjectorModeSwitch } from './ProjectorModeSwitch';

export function GeneralSettings() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();
  return (
    <>
      <fieldset className="settings-group">
        <legend>{t('settings.general')}</legend>
        <label className="field">
          <span className="field-label">{t('settings.language')}</span>
          <select
            data-testid="settings-language"
            value={settings.language}
            onChange={async (e) => {
              const language = e.target.value;
              if (isLanguage(language) && (await update({ language }))) applyLanguage(language);
            }}
          >
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {t(`language.${lang}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field settings-check">
          <input
            type="checkbox"
            data-testid="settings-chime"
            checked={settings.chime.on}
            onChange={(e) => void update({ chime: { ...settings.chime, on: e.target.checked } })}
          />
          <span>{t('settings.chime')}</span>
        </label>
        <label className="field">
          <span className="field-label">{t('settings.chimeVolume')}</span>
          <input
            type="range"
            data-testid="settings-chime-volume"
            min={0}
            max={100}
            step={10}
            disabled={!settings.chime.on}
            value={Math.round(settings.chime.volume * 100)}
            onChange={(e) =>
              void update({ chime: { ...settings.chime, volume: Number(e.target.value) / 100 } })
            }
          />
        </label>
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('settings.projector')}</legend>
        <label className="field">
          <span className="field-label">{t('settings.theme')}</span>
          <select
            data-testid="settings-theme"
            value={settings.theme}
            onChange={(e) => {
              const theme = e.target.value;
              if (isTheme(theme)) void update({ theme });
            }}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`settings.themes.${theme}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('settings.wallColour')}</span>
          <select
            data-testid="settings-wall-colour"
            value={settings.projectorWallColour}
            onChange={(e) => {
              const value = WALL_COLOURINGS.find((w) => w === e.target.value);
              if (value) void update({ projectorWallColour: value });
            }}
          >
            {WALL_COLOURINGS.map((w) => (
              <option key={w} value={w}>
                {t(`settings.wallColours.${w}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <span className="field-label">{t('settings.projectorMode')}</span>
          <ProjectorModeSwitch idPrefix="settings" />
        </div>
      </fieldset>
    </>
  );
}
