import { keyLabel, shortcutTable } from '../../common/shortcuts';
import { useSettings } from '../../common/useSettings';
import { useTranslation } from '../../i18n/i18n';
import { Modal } from './Modal';

/** The shortcut sheet (?): read from the same table the key handlers use. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { keyMap } = useSettings();
  return (
    <Modal
      title={t('shortcuts.title')}
      closeLabel={t('shortcuts.close')}
      testId="shortcuts"
      onClose={onClose}
    >
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.where')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcutTable(keyMap).map((shortcut) => (
            <tr key={shortcut.id} data-testid="shortcut-row" data-shortcut={shortcut.id}>
              <td>
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ' / ' : null}
                    <kbd>{keyLabel(key)}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`shortcuts.actions.${shortcut.id}`)}</td>
              <td>
                {shortcut.where === 'both' ? t('shortcuts.whereBoth') : t('shortcuts.whereConsole')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="settings-hint">{t('shortcuts.hint')}</p>
    </Modal>
  );
}
