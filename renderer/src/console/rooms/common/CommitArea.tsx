import { useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';

type NativeProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onKeyDown'
>;

interface Props extends NativeProps {
  value: string;
  onCommit: (value: string) => Promise<boolean> | void;
}

/**
 * A longer text that sends one change when the user is done: on blur or Ctrl+Enter (Enter makes
 * a new line). Escape reverts. Changes from elsewhere do not overwrite text being typed.
 */
export function CommitArea({ value, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  const [focused, setFocused] = useState(false);

  if (shown !== value) {
    setShown(value);
    if (!focused || draft?.trim() === value.trim()) setDraft(null);
  }

  function commit(): void {
    if (draft === null) return;
    if (draft.trim() === value.trim()) {
      setDraft(null);
      return;
    }
    const sent = draft;
    const result = onCommit(sent);
    if (result) {
      void result.then((ok) => {
        // Refused: show the stored text again, unless the user has typed on since.
        if (!ok) setDraft((d) => (d === sent ? null : d));
      });
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      setDraft(null);
    }
  }

  return (
    <textarea
      {...rest}
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
