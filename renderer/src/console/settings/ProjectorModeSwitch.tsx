import { PROJECTOR_MODES } from '../../../../shared/settingsCatalogue';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { useTranslation } from '../../i18n/i18n';

/** What the projector shows, always in view: a blank projector must never be forgotten. */
export function ProjectorModeSwitch({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  const { projectorMode } = useSettings();
  const update = useUpdateSettings();
  return (
    <div
      className="mode-switch"
      role="radiogroup"
      aria-label={t('projectorMode.label')}
      data-mode={projectorMode}
    >
      {PROJECTOR_MODES.map((mode) => (
        <label key={mode} className={mode === projectorMode ? 'is-current' : undefined}>
          <input
            type="radio"
            name={`${idPrefix}-projector-mode`}
            value={mode}
            data-testid={`${idPrefix}-mode-${mode}`}
            checked={mode === projectorMode}
            onChange={() => void update({ projectorMode: mode })}
          />
          <span>{t(`projectorMode.${mode}`)}</span>
        </label>
      ))}
    </div>
  );
}
