import { useTranslation } from '../../i18n/i18n';
import { openDialog } from './dialogState';
import { ProjectorModeSwitch } from './ProjectorModeSwitch';
import { ProjectorPager } from './ProjectorPager';

/** The projector's mode, and the doors to the guide, the shortcut sheet and the settings. */
export function HeaderTools() {
  const { t } = useTranslation();
  return (
    <div className="header-tools">
      <ProjectorModeSwitch idPrefix="header" />
      <ProjectorPager />
      <button
        type="button"
        className="button button-quiet"
        data-testid="guide-open"
        onClick={() => openDialog('guide')}
      >
        {t('guide.open')}
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="shortcuts-open"
        aria-keyshortcuts="?"
        title={t('shortcuts.open')}
        onClick={() => openDialog('shortcuts')}
      >
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('shortcuts.open')}</span>
      </button>
      <button
        type="button"
        className="button"
        data-testid="settings-open"
        onClick={() => openDialog('settings')}
      >
        {t('settings.open')}
      </button>
    </div>
  );
}
