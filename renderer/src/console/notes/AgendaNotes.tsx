import type { AgendaPoint } from '../../../../shared/model/workshop';
import type { AgendaLabels } from '../agenda/agendaLabels';
import { NotesEditor } from './NotesEditor';
import { requestNotesFocus } from './notesFocus';

interface ToggleProps {
  point: AgendaPoint;
  open: boolean;
  onToggle: () => void;
  labels: AgendaLabels;
}

/**
 * The agenda row's way to a point's notes: before and after the point, they open under the row;
 * while it runs, the cursor goes to the notes beside the rooms (one field per point at a time).
 */
export function NotesToggle({ point, open, onToggle, labels }: ToggleProps) {
  const running = point.status === 'active';
  return (
    <button
      type="button"
      className="link-button"
      data-testid="agenda-notes"
      aria-expanded={running ? undefined : open}
      onClick={running ? requestNotesFocus : onToggle}
    >
      {open && !running ? labels.closeNotes : labels.notes}
      {point.notes !== '' ? (
        <>
          <span className="notes-mark" aria-hidden="true">
            {' ✓'}
          </span>
          <span className="visually-hidden">{` (${labels.notesWritten})`}</span>
        </>
      ) : null}
    </button>
  );
}

/** A pending or finished point's notes, under its agenda row. */
export function AgendaNotes({
  workshopId,
  point,
  labels,
}: {
  workshopId: string;
  point: AgendaPoint;
  labels: AgendaLabels;
}) {
  return (
    <div className="agenda-notes" data-testid="agenda-notes-editor">
      <NotesEditor
        workshopId={workshopId}
        point={point}
        label={labels.notesLabel(point.title)}
        autoFocus
      />
    </div>
  );
}
