import { usePhoneText } from './i18n/phoneI18n';
import type { PhoneNameChoice } from '../../../shared/phones/contract';
import { useHyphenateIn } from '../common/hyphenation/useHyphenateIn';
import { absentLast } from '../common/pickerPeople';

/**
 * Pick yourself from the participant list. A name another phone has is marked (picking it asks
 * the facilitator); a person marked absent is shown, last and marked, but cannot be picked.
 */
export function NamePicker({
  names,
  joiningAs,
  disabled,
  onPick,
}: {
  names: PhoneNameChoice[];
  joiningAs: string | null;
  disabled: boolean;
  onPick: (participantId: string) => void;
}) {
  const { t, language } = usePhoneText();
  const hy = useHyphenateIn(language);
  return (
    <section className="phone-card" aria-labelledby="phone-names-heading">
      <h2 id="phone-names-heading">{t('names.heading')}</h2>
      <p className="phone-hint">{t('names.hint')}</p>
      {names.length === 0 ? (
        <p className="phone-quiet" data-testid="phone-names-empty">
          {t('names.none')}
        </p>
      ) : (
        <ul className="phone-names">
          {absentLast(names).map((choice) => (
            <li key={choice.id}>
              <button
                type="button"
                className="phone-name"
                data-testid="phone-name"
                data-participant-id={choice.id}
                data-taken={choice.taken}
                data-absent={choice.absent}
                disabled={disabled || choice.absent || joiningAs !== null}
                aria-busy={joiningAs === choice.id}
                onClick={() => onPick(choice.id)}
              >
                <span className="phone-name-text">{choice.name}</span>
                {choice.organisation ? (
                  <span className="phone-name-org">{hy(choice.organisation)}</span>
                ) : null}
                {choice.absent ? (
                  <span className="phone-name-taken">{t('names.absent')}</span>
                ) : choice.taken ? (
                  <span className="phone-name-taken">{t('names.taken')}</span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="phone-hint">{t('names.notListed')}</p>
    </section>
  );
}
