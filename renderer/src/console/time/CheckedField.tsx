import { useId, useState } from 'react';
import { CommitField, type CommitFieldProps } from '../../common/CommitField';

export interface CheckedFieldProps<T> extends Omit<CommitFieldProps, 'onCommit'> {
  /** The value the text means, or undefined when it means nothing (e.g. "25.99" as a time). */
  parse: (text: string) => T | undefined;
  /** Sends a value that parsed; resolve false to show the stored value again. */
  onValue: (value: T) => Promise<boolean>;
  /** What to say about a text that did not parse. */
  invalidText: (text: string) => string;
  errorTestId: string;
}

/**
 * A CommitField for a time or a number: a text that does not parse is not sent, nor cleared.
 * It stays for correction, with a message saying what was wrong, until the user edits it.
 */
export function CheckedField<T>({
  parse,
  onValue,
  invalidText,
  errorTestId,
  ...rest
}: CheckedFieldProps<T>) {
  const id = useId();
  const [invalid, setInvalid] = useState<string | null>(null);
  const describedBy = [rest['aria-describedby'], invalid === null ? undefined : id]
    .filter(Boolean)
    .join(' ');

  function commit(text: string): Promise<boolean> | undefined {
    const value = parse(text);
    if (value === undefined) {
      setInvalid(text.trim());
      return undefined; // No promise: CommitField keeps the text.
    }
    setInvalid(null);
    return onValue(value);
  }

  return (
    <>
      <CommitField
        {...rest}
        aria-invalid={invalid === null ? undefined : true}
        aria-describedby={describedBy || undefined}
        onInput={() => setInvalid(null)}
        onKeyUp={(e) => {
          if (e.key === 'Escape') setInvalid(null);
        }}
        onCommit={commit}
      />
      {invalid === null ? null : (
        <span className="field-error" id={id} role="alert" data-testid={errorTestId}>
          {invalidText(invalid)}
        </span>
      )}
    </>
  );
}
