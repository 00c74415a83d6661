import {
  useLayoutEffect,
  useRef,
  type ChangeEvent,
  type KeyboardEvent,
  type RefObject,
  type TextareaHTMLAttributes,
} from 'react';
import { useCommitDraft } from './CommitField';

type NativeProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onKeyDown' | 'required' | 'rows'
>;

export interface CommitTextProps extends NativeProps {
  value: string;
  /** Called on blur or Enter when the text changed; resolve false to revert the field. */
  onCommit: (value: string) => Promise<boolean> | void;
  /** An empty value is not committed: the field goes back to what it was. */
  required?: boolean;
}

/** Chromium (Electron) grows the box itself; elsewhere the height is set from the content. */
const growsItself = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/** A line break typed or pasted into a one-line text becomes a space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Where the browser cannot size a `commit-text` box to its text itself (no `field-sizing`), set
 * its height from the content each time the text changes.
 */
export function useGrowToFit(ref: RefObject<HTMLTextAreaElement | null>, text: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || growsItself) return;
    el.style.height = 'auto';
    const borders = el.offsetHeight - el.clientHeight;
    el.style.height = `${el.scrollHeight + borders}px`;
  }, [ref, text]);
}

/**
 * CommitField for texts that may be long (a cluster's name, an action, a conclusion): one line
 * of text, but it wraps and the box grows with it (class `commit-text`), so all of it shows.
 * Enter commits, as in CommitField (a line break is not part of such a text); Escape reverts.
 */
export function CommitText({ value, onCommit, required, ...rest }: CommitTextProps) {
  const field = useCommitDraft<HTMLTextAreaElement>(value, onCommit, required);
  return <CommitTextBox field={field} required={required} {...rest} />;
}

export type CommitDraft = ReturnType<typeof useCommitDraft<HTMLTextAreaElement>>;

/** CommitText's box around a draft kept elsewhere (a field others edit too: SharedCommitText). */
export function CommitTextBox({
  field,
  className,
  ...rest
}: Omit<CommitTextProps, 'value' | 'onCommit'> & { field: CommitDraft }) {
  const ref = useRef<HTMLTextAreaElement | null>(null);
  useGrowToFit(ref, field.props.value);

  function onChange(e: ChangeEvent<HTMLTextAreaElement>): void {
    const clean = oneLine(e.target.value);
    if (clean !== e.target.value) e.target.value = clean;
    field.props.onChange(e);
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      field.commit();
    } else if (e.key === 'Escape' && field.revert()) {
      e.preventDefault();
    }
  }

  return (
    <textarea
      {...rest}
      ref={ref}
      rows={1}
      className={className ? `commit-text ${className}` : 'commit-text'}
      {...field.props}
      onChange={onChange}
      onKeyDown={onKeyDown}
    />
  );
}
