import { CommitTextBox, type CommitTextProps } from '../../common/CommitText';
import { SharedFieldStatus } from './SharedFieldStatus';
import { useSharedCommitDraft } from './useSharedCommitDraft';
import type { FieldPath } from './useSharedField';

/**
 * CommitText for a text several people may edit at once (a conclusion, an action): shows who
 * else is in it and asks before a change of theirs replaces the user's draft. `fieldKey` names
 * the field the same on every screen: `conclusion:<id>`, `action:<id>:text`; `fieldPath` is where
 * its value is in the workshop (fieldPaths.ts), so the conflict names who changed that value.
 */
export function SharedCommitText({
  fieldKey,
  fieldPath,
  value,
  onCommit,
  required,
  ...rest
}: CommitTextProps & { fieldKey: string; fieldPath: FieldPath }) {
  const { field, shared, keep, take } = useSharedCommitDraft<HTMLTextAreaElement>(
    fieldKey,
    fieldPath,
    value,
    onCommit,
    required,
  );
  return (
    <>
      <CommitTextBox field={field} required={required} {...rest} />
      <SharedFieldStatus field={shared} onKeep={keep} onTake={take} />
    </>
  );
}
