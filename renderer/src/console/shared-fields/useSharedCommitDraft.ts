import { useCommitDraft } from '../../common/CommitField';
import { resolveConflict } from './fieldConflict';
import { useFieldConflict, useSharedField, type FieldPath } from './useSharedField';

/**
 * useCommitDraft for a field others may edit too: presence on focus and blur, and a change of
 * someone else's under the user's unsent draft asks them (keep mine, take theirs) instead of
 * being lost or losing theirs silently.
 */
export function useSharedCommitDraft<E extends HTMLInputElement | HTMLTextAreaElement>(
  key: string,
  path: FieldPath,
  value: string,
  onCommit: (value: string) => Promise<boolean> | void,
  required = false,
) {
  const shared = useSharedField(key, path);
  const field = useCommitDraft<E>(value, onCommit, required, shared);
  useFieldConflict(shared, value, field.unsent);

  function keep(): void {
    shared.setConflict(null);
    if (resolveConflict('keep', field.unsent, shared.focused).sendNow) field.commit();
  }

  function take(): void {
    shared.setConflict(null);
    if (resolveConflict('take', field.unsent, shared.focused).draft === null) field.revert();
  }

  return { field, shared, keep, take };
}
