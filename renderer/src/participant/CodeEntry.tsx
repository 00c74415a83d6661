import { useState, type FormEvent } from 'react';
import { usePhoneText } from './i18n/phoneI18n';
import { isJoinCode } from '../../../shared/phones/contract';

/**
 * The short address without a code (typed from the projector): ask for the code, then load
 * the page with it, as the QR code would have.
 */
export function CodeEntry({ onCode }: { onCode: (code: string) => void }) {
  const { t } = usePhoneText();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const typed = code.replace(/\s+/g, '').toUpperCase();
    if (!isJoinCode(typed)) {
      setInvalid(true);
      return;
    }
    onCode(typed);
  }

  return (
    <form className="phone-card" onSubmit={submit} data-testid="phone-code-entry">
      <h2>{t('code.heading')}</h2>
      <label className="phone-label" htmlFor="phone-code">
        {t('code.label')}
      </label>
      <input
        id="phone-code"
        className="phone-textarea phone-code-input"
        data-testid="phone-code-input"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputMode="text"
        maxLength={8}
        value={code}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'phone-code-error' : undefined}
        onChange={(e) => {
          setCode(e.target.value);
          setInvalid(false);
        }}
      />
      {invalid ? (
        <p id="phone-code-error" className="phone-error" role="alert">
          {t('code.invalid')}
        </p>
      ) : null}
      <button
        type="submit"
        className="phone-button phone-button-primary"
        data-testid="phone-code-go"
      >
        {t('code.go')}
      </button>
    </form>
  );
}
