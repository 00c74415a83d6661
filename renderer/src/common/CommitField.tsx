import { useState, type ChangeEvent, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { useIsConnected } from './hostContext';

/**
 * What a field others may edit too adds (console/shared-fields): it is told of focus and blur
 * (who is in the field), and while `hold` (a change of someone else's is being asked about)
 * leaving the field neither sends the draft nor loses it.
 */
export interface DraftSharing {
  hold: boolean;
  onFocus(): void;
  onBlur(): void;
}

/**
 * The draft of a text that is sent once, when the user is done (not one change per key): the
 * field shows the host's value until the user types; `commit` sends a real change (text is
 * stored trimmed, so spaces alone are none); `revert` drops the draft. While the user types,
 * changes from elsewhere do not overwrite their text. Shared by CommitField (one line, Enter)
 * and CommitArea (several lines, Ctrl+Enter).
 */
export function useCommitDraft<E extends HTMLInputElement | HTMLTextAreaElement>(
  value: string,
  onCommit: (value: string) => Promise<boolean> | void,
  required = false,
  sharing?: DraftSharing,
) {
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [shown, setShown] = useState(value);
  const [sent, setSent] = useState<string | null>(null);
  const hold = sharing?.hold ?? false;
  const connected = useIsConnected();

  // The host's value changed: show it, unless the user has typed something not yet committed.
  let current = draft;
  if (shown !== value) {
    setShown(value);
    if ((!focused && !hold) || draft === sent) {
      setDraft(null);
      current = null;
    }
  }

  function commit(): void {
    if (draft === null) return;
    if (draft.trim() === value.trim() || (required && draft.trim() === '')) {
      setDraft(null);
      return;
    }
    const committed = draft;
    setSent(committed);
    const result = onCommit(committed);
    if (result) {
      void result.then((ok) => {
        // Refused: show the stored value again, unless the user has typed on since. Lost on
        // the way (the link dropped): keep the text, to be sent again once the link is back.
        if (!ok && connected()) setDraft((d) => (d === committed ? null : d));
        else if (!ok) setSent(null);
      });
    }
  }

  /** Escape: true when there was a draft to drop (the key is then consumed). */
  function revert(): boolean {
    if (draft === null) return false;
    setDraft(null);
    return true;
  }

  const props = {
    value: current ?? value,
    onChange: (e: ChangeEvent<E>) => setDraft(e.target.value),
    onFocus: () => {
      setFocused(true);
      sharing?.onFocus();
    },
    onBlur: () => {
      setFocused(false);
      sharing?.onBlur();
      if (!hold) commit();
    },
  };
  /** Typed and not yet sent (null: none), for a shared field to compare with the host's value. */
  const unsent = current !== null && current !== sent ? current : null;
  return { props, commit, revert, unsent };
}

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

/** A one-line text field that commits on blur or Enter; Escape reverts. */
export function CommitField({ value, onCommit, required, ...rest }: CommitFieldProps) {
  const field = useCommitDraft<HTMLInputElement>(value, onCommit, required);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      field.commit();
    } else if (e.key === 'Escape' && field.revert()) {
      e.preventDefault();
    }
  }

  return <input {...rest} required={required} {...field.props} onKeyDown={onKeyDown} />;
}
