import { useTranslation } from 'react-i18next';
import type { PhoneNameChoice } from '../../../shared/phones/protocol';
import { useHyphenate } from '../common/hyphenation/useHyphenate';

/**
 * Pick yourself from the participant list. A name another phone has is marked (picking it asks
 * the facilitator); a person marked absent is shown but cannot be picked.
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
  const { t } = useTranslation();
  const hy = useHyphenate();
  return (
    <section className="phone-card" aria-labelledby="phone-names-heading">
      <h2 id="phone-names-heading">{t('phone.names.heading')}</h2>
      <p className="phone-hint">{t('phone.names.hint')}</p>
      {names.length === 0 ? (
        <p className="phone-quiet" data-testid="phone-names-empty">
          {t('phone.names.none')}
        </p>
      ) : (
        <ul className="phone-names">
          {names.map((choice) => (
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
                  <span className="phone-name-taken">{t('phone.names.absent')}</span>
                ) : choice.taken ? (
                  <span className="phone-name-taken">{t('phone.names.taken')}</span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="phone-hint">{t('phone.names.notListed')}</p>
    </section>
  );
}
