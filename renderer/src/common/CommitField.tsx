import { useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';

type NativeProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onKeyDown' | 'required'
>;

export interface CommitFieldProps extends NativeProps {
  value: string;
  /** Called on blur or Enter when the text changed; resolve false to revert the field. */
  onCommit: (value: string) => Promise<boolean> | void;
  /** An empty value is not committed: the field goes back to what it was. */
  required?: boolean;
}

/**
 * A text field that sends one change when the user is done (blur or Enter), not one per key.
 * Escape reverts. While the user types, changes from elsewhere do not overwrite their text.
 */
export function CommitField({ value, onCommit, required, ...rest }: CommitFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [shown, setShown] = useState(value);
  const [sent, setSent] = useState<string | null>(null);

  // The host's value changed: show it, unless the user has typed something not yet committed.
  if (shown !== value) {
    setShown(value);
    if (!focused || draft === sent) setDraft(null);
  }

  function commit(): void {
    if (draft === null) return;
    // Text is stored trimmed, so only a change beyond spaces is a change.
    if (draft.trim() === value.trim() || (required && draft.trim() === '')) {
      setDraft(null);
      return;
    }
    const committed = draft;
    setSent(committed);
    const result = onCommit(committed);
    if (result) {
      void result.then((ok) => {
        // Refused: show the stored value again, unless the user has typed on since.
        if (!ok) setDraft((d) => (d === committed ? null : d));
      });
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      setDraft(null);
    }
  }

  return (
    <input
      {...rest}
      required={required}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        commit();
      }}
      onKeyDown={onKeyDown}
    />
  );
}
