import { PROJECTOR_FOCUSES } from '../../../../../shared/settingsCatalogue';
import { useSettings, useUpdateSettings } from '../../../common/useSettings';
import { useTranslation } from '../../../i18n/i18n';

/**
 * What the projector shows of the negotiating room: all four parts together, or one of them
 * full screen (the clusters with every idea, the dots, the positions or the conclusion).
 */
export function ProjectorFocus() {
  const { t } = useTranslation();
  const { projectorFocus } = useSettings();
  const update = useUpdateSettings();
  return (
    <div
      className="mode-switch rw-projector-focus"
      role="radiogroup"
      aria-label={t('projectorPager.focusLabel')}
      data-testid="projector-focus"
      data-focus={projectorFocus}
    >
      <span className="rw-projector-focus-label" aria-hidden="true">
        {t('projectorPager.focusLabel')}
      </span>
      {PROJECTOR_FOCUSES.map((focus) => (
        <label key={focus} className={focus === projectorFocus ? 'is-current' : undefined}>
          <input
            type="radio"
            name="projector-focus"
            value={focus}
            data-testid={`projector-focus-${focus}`}
            checked={focus === projectorFocus}
            onChange={() => void update({ projectorFocus: focus })}
          />
          <span>{t(`projectorPager.focus.${focus}`)}</span>
        </label>
      ))}
    </div>
  );
}
