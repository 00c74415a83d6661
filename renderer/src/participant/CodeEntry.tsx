import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinCodeSchema } from '../../../shared/phones/protocol';

/**
 * The short address without a code (typed from the projector): ask for the code, then load
 * the page with it, as the QR code would have.
 */
export function CodeEntry({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = JoinCodeSchema.safeParse(code.replace(/\s+/g, '').toUpperCase());
    if (!parsed.success) {
      setInvalid(true);
      return;
    }
    onCode(parsed.data);
  }

  return (
    <form className="phone-card" onSubmit={submit} data-testid="phone-code-entry">
      <h2>{t('phone.code.heading')}</h2>
      <label className="phone-label" htmlFor="phone-code">
        {t('phone.code.label')}
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
          {t('phone.code.invalid')}
        </p>
      ) : null}
      <button
        type="submit"
        className="phone-button phone-button-primary"
        data-testid="phone-code-go"
      >
        {t('phone.code.go')}
      </button>
    </form>
  );
}
