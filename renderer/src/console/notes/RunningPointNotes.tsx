import { memo, useEffect, useId, useRef } from 'react';
import { activeRoom } from '../../common/activeRoom';
import { ROOM_KEYS } from '../../common/shortcuts';
import { useTranslation } from '../../i18n/i18n';
import { requestNotesFocus, useNotesFocusRequests } from './notesFocus';
import { isNotesKey } from './notesKey';
import { NotesEditor } from './NotesEditor';
import { sameSlice, type WorkshopSlice } from '../workshopSlice';

const KEYS = ['id', 'agenda', 'activePointId'] as const;

/**
 * The running point's notes, beside the rooms: the same field in every room, so the secretary
 * writes on while the group moves on. Alt+R (or the agenda row's button) puts the cursor here.
 *
 * Test ids: notes-panel; in every notes editor notes-area (data-point-id) and notes-status
 * (data-saved); on each agenda row agenda-notes (the button) and agenda-notes-editor.
 */
export const RunningPointNotes = memo(function RunningPointNotes({
  workshop,
}: {
  workshop: WorkshopSlice<(typeof KEYS)[number]>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { point, index } = activeRoom(workshop);
  const area = useRef<HTMLTextAreaElement | null>(null);
  const requests = useNotesFocusRequests();
  const handled = useRef(requests);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isNotesKey(e)) return;
      e.preventDefault();
      requestNotesFocus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (requests === handled.current) return;
    handled.current = requests;
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    el.scrollIntoView({ block: 'nearest' });
  }, [requests]);

  if (!point || index === null) return null;
  const heading = `${t('agenda.number', { n: index + 1 })}. ${point.title}`;
  const key = ROOM_KEYS.notes[0];
  return (
    <section className="panel notes-panel" aria-labelledby={`${id}-h`} data-testid="notes-panel">
      <div className="panel-head">
        <h2 id={`${id}-h`}>{t('pointNotes.heading')}</h2>
        <kbd className="notes-key" title={key} aria-hidden="true">
          {key}
        </kbd>
      </div>
      <p className="notes-point">{heading}</p>
      <NotesEditor
        key={point.id}
        workshopId={workshop.id}
        point={point}
        label={t('pointNotes.label', { heading })}
        textareaRef={area}
      />
    </section>
  );
}, sameSlice(KEYS));
