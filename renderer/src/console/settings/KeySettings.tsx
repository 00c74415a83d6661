import { useId, useState, type KeyboardEvent } from 'react';
import {
  CLICKER_ACTIONS,
  DEFAULT_KEY_MAP,
  type ClickerAction,
} from '../../../../shared/settingsCatalogue';
import { keyLabel, normaliseKey } from '../../common/shortcuts';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { useTranslation } from '../../i18n/i18n';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Tab']);

/** Press the button, then the key the clicker sends; Tab moves on as usual. */
export function KeySettings() {
  const { t } = useTranslation();
  const { keyMap } = useSettings();
  const update = useUpdateSettings();
  const [listening, setListening] = useState<ClickerAction | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  const ids = useId();

  function capture(action: ClickerAction, e: KeyboardEvent<HTMLButtonElement>): void {
    if (listening !== action || MODIFIERS.has(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    const key = normaliseKey(e.key);
    const other = CLICKER_ACTIONS.find((a) => a !== action && normaliseKey(keyMap[a]) === key);
    setListening(null);
    if (other) {
      setTaken(
        t('settings.keyTaken', {
          key: keyLabel(key),
          action: t(`shortcuts.actions.${other}`),
        }),
      );
      return;
    }
    setTaken(null);
    void update({ keyMap: { ...keyMap, [action]: key } });
  }

  return (
    <fieldset className="settings-group">
      <legend>{t('settings.keys')}</legend>
      <p className="settings-hint">{t('settings.keysHint')}</p>
      <div className="settings-keys">
        {CLICKER_ACTIONS.map((action) => (
          <div key={action} className="settings-key">
            <span className="settings-key-action" id={`${ids}-${action}`}>
              {t(`shortcuts.actions.${action}`)}
            </span>
            <button
              type="button"
              className={
                listening === action ? 'button key-button is-listening' : 'button key-button'
              }
              data-testid={`settings-key-${action}`}
              id={`${ids}-${action}-key`}
              aria-labelledby={`${ids}-${action} ${ids}-${action}-key`}
              onClick={() => setListening(listening === action ? null : action)}
              onBlur={() => setListening((l) => (l === action ? null : l))}
              onKeyDown={(e) => capture(action, e)}
            >
              <kbd>{listening === action ? t('settings.keyPress') : keyLabel(keyMap[action])}</kbd>
            </button>
          </div>
        ))}
      </div>
      {taken ? (
        <p className="settings-warning" role="alert">
          {taken}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-small"
        data-testid="settings-keys-reset"
        onClick={() => {
          setTaken(null);
          void update({ keyMap: DEFAULT_KEY_MAP });
        }}
      >
        {t('settings.keysReset')}
      </button>
    </fieldset>
  );
}
