import { type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { useCommitDraft } from '../../../common/CommitField';

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
 * a new line). Escape reverts. The draft logic is CommitField's (useCommitDraft).
 */
export function CommitArea({ value, onCommit, ...rest }: Props) {
  const field = useCommitDraft<HTMLTextAreaElement>(value, onCommit);

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      field.commit();
    } else if (e.key === 'Escape' && field.revert()) {
      e.preventDefault();
    }
  }

  return <textarea {...rest} {...field.props} onKeyDown={onKeyDown} />;
}
