import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import { useSend } from '../../common/hostContext';
import { draftKey, useStoredDraft, writeDraft } from '../rooms/common/storedDraft';

const isNone = (value: string | null) => value === null;
const asText = (raw: unknown) => (typeof raw === 'string' ? raw : null);

/**
 * The notes being typed on a point, kept so that nothing typed is lost: the draft is in
 * localStorage while it is not yet the host's (a reload or a crash brings it back, and it is
 * then sent); it is sent on blur and Ctrl+Enter, and when the editor goes away (the point
 * finished, another point started). A refused change keeps the draft. While the user types,
 * the host's value (changed by undo, say) does not overwrite their text.
 */
export function useNotesDraft(workshopId: string, point: AgendaPoint) {
  const send = useSend();
  const key = draftKey('notes', workshopId, point.id);
  // null: no draft, the field shows the host's notes.
  const { draft, setDraft, restored } = useStoredDraft<string | null>(key, null, isNone, asText);
  const value = point.notes;

  const commit = useCallback(async (): Promise<void> => {
    if (draft === null) return;
    if (draft.trim() === value) {
      setDraft(null);
      return;
    }
    const committed = draft;
    const ok = await send({ type: 'point.setNotes', id: point.id, notes: committed });
    // Typed on since: that is a new draft, to be sent in its turn.
    if (ok) setDraft((d) => (d === committed ? null : d));
  }, [draft, value, send, point.id, setDraft]);

  // Going away with a draft (the point finished while the cursor was here): send it. The host
  // has it when this resolves; the stored copy goes then, or stays for the next time.
  const latest = useRef({ draft, value, key });
  useLayoutEffect(() => {
    latest.current = { draft, value, key };
  }, [draft, value, key]);
  useEffect(
    () => () => {
      const { draft: left, value: stored, key: at } = latest.current;
      if (left === null || left.trim() === stored) return;
      void send({ type: 'point.setNotes', id: point.id, notes: left }).then((ok) => {
        if (ok) writeDraft(localStorageOrNone(), at, null, true);
      });
    },
    [send, point.id],
  );

  // Said for as long as the editor is open: the text came back.
  const [cameBack] = useState(restored);
  // A draft back from storage is sent at once: it was typed, so it belongs in the minutes.
  const sentRestored = useRef(false);
  useEffect(() => {
    if (!restored || sentRestored.current) return;
    sentRestored.current = true;
    void commit();
  }, [restored, commit]);

  return {
    text: draft ?? value,
    /** Typed and not yet the host's. */
    unsaved: draft !== null && draft.trim() !== value,
    restored: cameBack,
    setText: (text: string) => setDraft(text),
    commit,
    /** The draft not yet the host's (null: none), for a shared field to compare with. */
    unsent: draft,
    /** Take the host's notes instead of the draft (someone else's change, chosen over one's own). */
    drop: () => setDraft(null),
  };
}

function localStorageOrNone(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
