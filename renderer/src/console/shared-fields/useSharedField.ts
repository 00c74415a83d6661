import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Editor } from '../../../../shared/team/contract';
import type { WorkshopStore } from '../../client/workshopStore';
import { useHost } from '../../common/hostContext';
import { conflictAfter, differs, type FieldConflict } from './fieldConflict';
import { authorOfChange, teamActivityFor, type Author } from './teamActivity';

/**
 * A text field several people may edit at once (issue 16), keyed `conclusion:<id>`,
 * `notes:<pointId>`, `action:<id>:text` …: who else is in it, and a change of theirs that
 * arrived under this screen's draft. The field's own draft logic stays where it is; it tells
 * this hook of focus and blur, holds its draft while a conflict is asked about (`hold`), and
 * passes the host's value and its unsent draft to useFieldConflict. `path` is where the value is
 * in the workshop, list items by id (`['agenda', pointId, 'notes']`): a conflict names whoever
 * last changed that place, not whoever changed anything last.
 */
export interface SharedField {
  key: string;
  /** The others in the field now (never this screen). */
  others: readonly Editor[];
  conflict: FieldConflict | null;
  /** A conflict is being asked about: leaving the field does not send the draft. */
  hold: boolean;
  focused: boolean;
  onFocus(): void;
  onBlur(): void;
  setConflict(conflict: FieldConflict | null): void;
  /** Who made the last change to this field's value ("unknown" for a field without a path). */
  lastAuthor(): Author;
}

/** Where a shared field's value is in the workshop, list items named by id (fieldPaths.ts). */
export type FieldPath = readonly (string | number)[];

/** Who last changed the value at `path`, as a screen with device id `ownDeviceId` names them. */
export function authorOfField(
  store: Pick<WorkshopStore, 'lastChange'>,
  path: FieldPath | undefined,
  ownDeviceId: string,
): Author {
  return path ? authorOfChange(store.lastChange(path), ownDeviceId) : { kind: 'unknown' };
}

export function useSharedField(key: string, path?: FieldPath): SharedField {
  const { client, store } = useHost();
  const activity = teamActivityFor(client);
  useSyncExternalStore(activity.subscribe, activity.version);
  const [focused, setFocused] = useState(false);
  const [conflict, setConflict] = useState<FieldConflict | null>(null);

  // Going away (or to another key) with the cursor inside: the others stop seeing us there.
  useEffect(() => () => activity.leave(key), [activity, key]);

  return {
    key,
    others: activity.othersIn(key),
    conflict,
    hold: conflict !== null,
    focused,
    onFocus() {
      setFocused(true);
      activity.enter(key);
    },
    onBlur() {
      setFocused(false);
      activity.leave(key);
    },
    setConflict,
    lastAuthor: () => authorOfField(store, path, activity.ownDeviceId()),
  };
}

/**
 * Call on every render, after the field's draft logic, with the host's value and the draft not
 * yet sent (null when none): raises a conflict when someone else's change lands under a draft
 * that differs, ends it when the draft is gone or says the same as the value.
 */
export function useFieldConflict(field: SharedField, value: string, draft: string | null): void {
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    const next = conflictAfter(field.conflict, {
      previous: seen,
      value,
      draft,
      author: field.lastAuthor(),
    });
    if (next !== field.conflict) field.setConflict(next);
  } else if (field.conflict && !differs(draft, value)) {
    field.setConflict(null);
  }
}
