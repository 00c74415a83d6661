import { useId } from 'react';
import { IDEAS_IN_MINUTES, KILLERS_IN_MINUTES } from '../../../../shared/model/minutesChoices';
import type { MinutesOptions } from '../../../../shared/model/minutesOptions';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';

const FLAGS = ['authors', 'dots', 'evaluation'] as const;

/**
 * What goes into the minutes (Word, PDF and Markdown alike), saved with the workshop: each choice
 * is a command, and the fields show what the host holds, so an export after a click follows it.
 */
export function MinutesOptionsFields({ options }: { options: MinutesOptions }) {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const set = (changes: Partial<MinutesOptions>) =>
    void send({ type: 'minutes.setOptions', ...changes });

  return (
    <fieldset className="minutes-options" data-testid="minutes-options">
      <legend>{t('record.export.minutes.title')}</legend>
      <p className="minutes-options-hint">{t('record.export.minutes.hint')}</p>
      <div className="record-options">
        <fieldset className="record-radios minutes-options-group">
          <legend>{t('record.export.minutes.killers')}</legend>
          {KILLERS_IN_MINUTES.map((value) => (
            <label key={value} className="record-check">
              <input
                type="radio"
                name={`${id}-killers`}
                data-testid={`minutes-killers-${value}`}
                checked={options.killers === value}
                onChange={() => set({ killers: value })}
              />
              {t(`record.export.minutes.killersChoice.${value}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="record-radios minutes-options-group">
          <legend>{t('record.export.minutes.ideas')}</legend>
          {IDEAS_IN_MINUTES.map((value) => (
            <label key={value} className="record-check">
              <input
                type="radio"
                name={`${id}-ideas`}
                data-testid={`minutes-ideas-${value}`}
                checked={options.ideas === value}
                onChange={() => set({ ideas: value })}
              />
              {t(`record.export.minutes.ideasChoice.${value}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="record-radios minutes-options-group">
          <legend>{t('record.export.minutes.also')}</legend>
          {FLAGS.map((flag) => (
            <label key={flag} className="record-check">
              <input
                type="checkbox"
                data-testid={`minutes-${flag}`}
                checked={options[flag]}
                onChange={(e) => set({ [flag]: e.target.checked })}
              />
              {t(`record.export.minutes.${flag}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </fieldset>
  );
}
