import { memo, useCallback, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import type { AgendaLabels } from './agendaLabels';
import {
  AgendaRowActions,
  AgendaRowDetails,
  AgendaRowSummary,
  AgendaTitleField,
} from './AgendaRowDetails';
import { RoomPlanEditor } from './RoomPlanEditor';
import { AgendaRowDnd } from './AgendaRowDnd';
import type { DropEdge } from './dropTarget';
import { useNearViewport } from '../../common/useNearViewport';
import { useCan } from '../../common/roleContext';
import { AgendaNotes } from '../notes/AgendaNotes';

interface AgendaRowProps {
  point: AgendaPoint;
  /** For the notes' stored draft. */
  workshopId: string;
  index: number;
  count: number;
  /** "kl. 9.10", when the workshop has a start time. */
  clock: string | null;
  /** Another point is running, so this one cannot start. */
  otherActive: boolean;
  /** Stable across renders, like labels: a row renders again only when its own point changes. */
  onMove: (id: string, toIndex: number, byKeyboard: boolean) => void;
  labels: AgendaLabels;
}

/** The rows a user may see at once: whether they are in view is known before the first paint. */
const EAGER_ROWS = 12;

interface DragState {
  isDragging: boolean;
  dropEdge: DropEdge | null;
}
const NOT_DRAGGING: DragState = { isDragging: false, dropEdge: null };

/**
 * One point of the programme; memoised, so a change elsewhere in the workshop skips it. Far
 * from the window (a long agenda) it is a light stand-in with the same text and its handle,
 * and gets its fields when it comes near or anything in it gets focus.
 */
export const AgendaRow = memo(function AgendaRow({
  point,
  workshopId,
  index,
  count,
  clock,
  otherActive,
  onMove,
  labels,
}: AgendaRowProps) {
  const [editingRooms, setEditingRooms] = useState(false);
  const [editingNotes, setEditingNotes] = useState(false);
  const mayMove = useCan('agenda.move');
  const [focused, setFocused] = useState(false);
  const { near, ref: nearRef } = useNearViewport<HTMLLIElement>(index < EAGER_ROWS);
  // Refs, not state: state set from 200 rows' refs re-rendered every row once more on mount.
  const row = useRef<HTMLLIElement | null>(null);
  const handle = useRef<HTMLButtonElement | null>(null);
  const [{ isDragging, dropEdge }, setDrag] = useState<DragState>(NOT_DRAGGING);
  const onDragState = useCallback(
    (dragging: boolean, edge: DropEdge | null) =>
      setDrag((s) =>
        s.isDragging === dragging && s.dropEdge === edge
          ? s
          : { isDragging: dragging, dropEdge: edge },
      ),
    [],
  );
  const onDrop = useCallback((id: string, to: number) => onMove(id, to, false), [onMove]);
  const ref = useCallback(
    (node: HTMLLIElement | null) => {
      row.current = node;
      nearRef(node);
    },
    [nearRef],
  );
  const full = near || focused || editingRooms || editingNotes || isDragging || dropEdge !== null;

  function onHandleKey(e: KeyboardEvent<HTMLButtonElement>): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const to = e.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to >= 0 && to < count) onMove(point.id, to, true);
  }

  function onBlur(e: FocusEvent<HTMLLIElement>): void {
    if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
  }

  const classes = [
    'agenda-row',
    `is-${point.status}`,
    full ? '' : 'is-light',
    isDragging ? 'is-dragging' : '',
    dropEdge ? `drop-${dropEdge}` : '',
  ];

  return (
    <li
      ref={ref}
      className={classes.filter(Boolean).join(' ')}
      data-testid="agenda-row"
      data-point-id={point.id}
      data-status={point.status}
      onFocus={() => setFocused(true)}
      onBlur={onBlur}
    >
      <div className="agenda-row-main">
        <button
          ref={handle}
          type="button"
          className="drag-handle"
          data-testid="agenda-drag-handle"
          // Issue 16: only those who may reorder the programme get a handle that moves.
          disabled={!mayMove}
          aria-label={labels.dragHandle(point.title)}
          onKeyDown={onHandleKey}
        />
        {full ? (
          <div className="agenda-when">
            <span className="agenda-number">{labels.number(index + 1)}</span>
            {clock ? <span className="agenda-clock">{clock}</span> : null}
          </div>
        ) : (
          // One element: the clock on a line of its own (CSS white-space), the number bold.
          <div className="agenda-when">
            {clock ? `${labels.number(index + 1)}\n${clock}` : labels.number(index + 1)}
          </div>
        )}
        {full ? (
          <AgendaTitleField point={point} labels={labels} />
        ) : (
          <span className="agenda-title">{point.title}</span>
        )}
        {full ? <AgendaRowActions point={point} otherActive={otherActive} labels={labels} /> : null}
      </div>
      {full ? (
        <AgendaRowDetails
          point={point}
          labels={labels}
          editingRooms={editingRooms}
          onToggleRooms={() => setEditingRooms((open) => !open)}
          editingNotes={editingNotes}
          onToggleNotes={() => setEditingNotes((open) => !open)}
        />
      ) : (
        <AgendaRowSummary point={point} labels={labels} />
      )}
      {full ? (
        <AgendaRowDnd
          id={point.id}
          index={index}
          row={row}
          handle={handle}
          onDrop={onDrop}
          onState={onDragState}
        />
      ) : null}
      {editingRooms ? <RoomPlanEditor point={point} /> : null}
      {editingNotes && point.status !== 'active' ? (
        <AgendaNotes workshopId={workshopId} point={point} labels={labels} />
      ) : null}
    </li>
  );
});
