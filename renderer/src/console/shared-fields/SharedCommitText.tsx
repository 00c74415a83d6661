import { CommitTextBox, type CommitTextProps } from '../../common/CommitText';
import { SharedFieldStatus } from './SharedFieldStatus';
import { useSharedCommitDraft } from './useSharedCommitDraft';

/**
 * CommitText for a text several people may edit at once (a conclusion, an action): shows who
 * else is in it and asks before a change of theirs replaces the user's draft. `fieldKey` names
 * the field the same on every screen: `conclusion:<id>`, `action:<id>:text`.
 */
export function SharedCommitText({
  fieldKey,
  value,
  onCommit,
  required,
  ...rest
}: CommitTextProps & { fieldKey: string }) {
  const { field, shared, keep, take } = useSharedCommitDraft<HTMLTextAreaElement>(
    fieldKey,
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
