import { useState, type FormEvent } from 'react';
import { IDEA_KILLERS } from '../../../../shared/ideaKillers/catalogue';
import type { CustomKiller } from '../../../../shared/settings';
import { CUSTOM_KILLER_FIRST_ID } from '../../../../shared/settingsCatalogue';
import { useSettings, useUpdateSettings } from '../../common/useSettings';
import { currentLanguage, useTranslation } from '../../i18n/i18n';

const LAST_ID = 99;

/** The lowest free id from 8 on, or null when all are taken. */
export function nextKillerId(own: readonly CustomKiller[]): number | null {
  const taken = new Set(own.map((k) => k.id));
  for (let id = CUSTOM_KILLER_FIRST_ID; id <= LAST_ID; id++) if (!taken.has(id)) return id;
  return null;
}

/** The method's seven, and the group's own phrases with the ways people say them. */
export function KillerSettings() {
  const { t } = useTranslation();
  const { customKillers } = useSettings();
  const update = useUpdateSettings();
  const language = currentLanguage();
  const [da, setDa] = useState('');
  const [en, setEn] = useState('');
  const [phrases, setPhrases] = useState('');
  const id = nextKillerId(customKillers);

  async function add(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    if (id === null) return;
    const main = (language === 'da' ? da : en).trim() || da.trim() || en.trim();
    if (!main) return;
    const lines = phrases
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const killer: CustomKiller = {
      id,
      da: da.trim() || main,
      en: en.trim() || main,
      // The phrase itself is always one way of saying it.
      signatures: [...new Set([...lines, da.trim(), en.trim()].filter(Boolean))].slice(0, 20),
    };
    if (await update({ customKillers: [...customKillers, killer] })) {
      setDa('');
      setEn('');
      setPhrases('');
    }
  }

  return (
    <fieldset className="settings-group">
      <legend>{t('settings.killers')}</legend>
      <details className="settings-builtin">
        <summary>{t('settings.killersBuiltIn')}</summary>
        <ol>
          {IDEA_KILLERS.map((k) => (
            <li key={k.id}>{language === 'da' ? k.da : k.en}</li>
          ))}
        </ol>
      </details>
      <h3 className="settings-subhead">{t('settings.killersOwn')}</h3>
      {customKillers.length === 0 ? (
        <p className="settings-hint">{t('settings.killersNone')}</p>
      ) : (
        <ul className="settings-killers">
          {customKillers.map((k) => {
            const text = language === 'da' ? k.da : k.en;
            return (
              <li key={k.id} data-testid="settings-killer-row" data-killer-id={k.id}>
                <span className="settings-killer-id">{k.id}</span>
                <span className="settings-killer-text">
                  {text}
                  <span className="settings-killer-phrases">{k.signatures.join(' · ')}</span>
                </span>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  data-testid="settings-killer-remove"
                  aria-label={t('settings.killerRemove', { text })}
                  onClick={() =>
                    void update({ customKillers: customKillers.filter((c) => c.id !== k.id) })
                  }
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="settings-killer-form" onSubmit={(e) => void add(e)}>
        <label className="field">
          <span className="field-label">{t('settings.killerDa')}</span>
          <input
            data-testid="settings-killer-da"
            lang="da"
            maxLength={200}
            value={da}
            onChange={(e) => setDa(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('settings.killerEn')}</span>
          <input
            data-testid="settings-killer-en"
            lang="en"
            maxLength={200}
            value={en}
            onChange={(e) => setEn(e.target.value)}
          />
        </label>
        <label className="field settings-wide">
          <span className="field-label">{t('settings.killerPhrases')}</span>
          <textarea
            data-testid="settings-killer-phrases"
            rows={3}
            value={phrases}
            aria-describedby="settings-killer-hint"
            onChange={(e) => setPhrases(e.target.value)}
          />
          <span id="settings-killer-hint" className="settings-hint">
            {t('settings.killerPhrasesHint')}
          </span>
        </label>
        <button
          type="submit"
          className="button button-primary"
          data-testid="settings-killer-add"
          disabled={id === null || (!da.trim() && !en.trim())}
        >
          {t('settings.killerAdd')}
        </button>
        {id === null ? <p className="settings-hint">{t('settings.killerFull')}</p> : null}
      </form>
    </fieldset>
  );
}
