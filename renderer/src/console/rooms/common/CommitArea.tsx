import { type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { SharedFieldStatus } from '../../shared-fields/SharedFieldStatus';
import { useSharedCommitDraft } from '../../shared-fields/useSharedCommitDraft';
import type { FieldPath } from '../../shared-fields/useSharedField';

type NativeProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onKeyDown'
>;

interface Props extends NativeProps {
  /** The field's name on every screen (`point:<id>:problem`): others may edit it too (issue 16). */
  fieldKey: string;
  /** Where the value is in the workshop (fieldPaths.ts): a conflict names who changed it. */
  fieldPath: FieldPath;
  value: string;
  onCommit: (value: string) => Promise<boolean> | void;
}

/**
 * A longer text that sends one change when the user is done: on blur or Ctrl+Enter (Enter makes
 * a new line). Escape reverts. The draft logic is CommitField's (useCommitDraft); who else is in
 * the field, and a change of theirs under the user's draft, show below it (SharedFieldStatus).
 */
export function CommitArea({ fieldKey, fieldPath, value, onCommit, ...rest }: Props) {
  const { field, shared, keep, take } = useSharedCommitDraft<HTMLTextAreaElement>(
    fieldKey,
    fieldPath,
    value,
    onCommit,
  );

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      field.commit();
    } else if (e.key === 'Escape' && field.revert()) {
      e.preventDefault();
    }
  }

  return (
    <>
      <textarea {...rest} {...field.props} onKeyDown={onKeyDown} />
      <SharedFieldStatus field={shared} onKeep={keep} onTake={take} />
    </>
  );
}
