import { useTranslation } from '../../i18n/i18n';
import { DefaultsSettings } from './DefaultsSettings';
import { GeneralSettings } from './GeneralSettings';
import { KeySettings } from './KeySettings';
import { KillerSettings } from './KillerSettings';
import { Modal } from './Modal';

/** Every setting takes effect at once (updateSettings); there is nothing to save. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('settings.title')}
      closeLabel={t('settings.close')}
      testId="settings"
      onClose={onClose}
      wide
    >
      <div className="settings-columns">
        <div>
          <GeneralSettings />
          <KeySettings />
        </div>
        <div>
          <DefaultsSettings />
          <KillerSettings />
        </div>
      </div>
    </Modal>
  );
}
