import { memo, useState, type KeyboardEvent } from 'react';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import { PURPOSES, isPurpose } from '../../common/purposes';
import { CommitField } from '../../common/CommitField';
import { useSend } from '../../common/hostContext';
import type { AgendaLabels } from './agendaLabels';
import { RoomPlanChips } from './RoomPlanChips';
import { RoomPlanEditor } from './RoomPlanEditor';
import { useAgendaDnd } from './useAgendaDnd';
import { POINT_TITLE_MAX, PRESENTER_MAX } from '../../../../shared/model/textLimits';

interface AgendaRowProps {
  point: AgendaPoint;
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

const MAX_MINUTES = 24 * 60;

/** One point of the programme; memoised, so a change elsewhere in the workshop skips it. */
export const AgendaRow = memo(function AgendaRow({
  point,
  index,
  count,
  clock,
  otherActive,
  onMove,
  labels,
}: AgendaRowProps) {
  const send = useSend();
  const [editingRooms, setEditingRooms] = useState(false);
  const { rowRef, handleRef, isDragging, dropEdge } = useAgendaDnd(point.id, index, (id, to) =>
    onMove(id, to, false),
  );

  function onHandleKey(e: KeyboardEvent<HTMLButtonElement>): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const to = e.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to >= 0 && to < count) onMove(point.id, to, true);
  }

  const update = (changes: Parameters<typeof updateCommand>[1]) =>
    send(updateCommand(point.id, changes));

  const classes = [
    'agenda-row',
    `is-${point.status}`,
    isDragging ? 'is-dragging' : '',
    dropEdge ? `drop-${dropEdge}` : '',
  ];

  return (
    <li
      ref={rowRef}
      className={classes.filter(Boolean).join(' ')}
      data-testid="agenda-row"
      data-point-id={point.id}
      data-status={point.status}
    >
      <div className="agenda-row-main">
        <button
          ref={handleRef}
          type="button"
          className="drag-handle"
          data-testid="agenda-drag-handle"
          aria-label={labels.dragHandle(point.title)}
          onKeyDown={onHandleKey}
        >
          <svg viewBox="0 0 12 20" width="12" height="20" aria-hidden="true">
            {[4, 10, 16].flatMap((y) => [
              <circle key={`a${y}`} cx="3" cy={y} r="1.6" />,
              <circle key={`b${y}`} cx="9" cy={y} r="1.6" />,
            ])}
          </svg>
        </button>
        <div className="agenda-when">
          <span className="agenda-number">{labels.number(index + 1)}</span>
          {clock ? <span className="agenda-clock">{clock}</span> : null}
        </div>
        <CommitField
          className="inline-input agenda-title"
          value={point.title}
          maxLength={POINT_TITLE_MAX}
          required
          aria-label={labels.title}
          onCommit={(title) => update({ title })}
        />
        <div className="agenda-actions">
          <button
            type="button"
            className="button button-small"
            data-testid="point-start"
            disabled={point.status === 'active' || otherActive}
            aria-label={labels.startLabel(point.title)}
            onClick={() => void send({ type: 'point.start', id: point.id })}
          >
            {point.status === 'done' ? labels.resume : labels.start}
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            data-testid="point-remove"
            aria-label={labels.removeLabel(point.title)}
            onClick={() => void send({ type: 'agenda.remove', id: point.id })}
          >
            {labels.remove}
          </button>
        </div>
      </div>
      <div className="agenda-row-details">
        <span className={`status-badge is-${point.status}`}>{labels.status[point.status]}</span>
        <select
          className="inline-select"
          aria-label={labels.purpose}
          value={point.purpose}
          onChange={(e) => {
            if (isPurpose(e.target.value)) void update({ purpose: e.target.value });
          }}
        >
          {PURPOSES.map((p) => (
            <option key={p} value={p}>
              {labels.purposes[p]}
            </option>
          ))}
        </select>
        <label className="agenda-minutes">
          <CommitField
            className="inline-input"
            type="number"
            min={0}
            max={MAX_MINUTES}
            inputMode="numeric"
            value={String(point.plannedMinutes)}
            aria-label={labels.minutes}
            onCommit={(text) => {
              const minutes = Number(text);
              if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_MINUTES) {
                return Promise.resolve(false);
              }
              return update({ plannedMinutes: minutes });
            }}
          />
          <span aria-hidden="true">{labels.minutesUnit}</span>
        </label>
        <CommitField
          className="inline-input agenda-presenter"
          value={point.presenter}
          maxLength={PRESENTER_MAX}
          placeholder={labels.presenter}
          aria-label={labels.presenter}
          onCommit={(presenter) => update({ presenter })}
        />
        <div className="agenda-rooms">
          <RoomPlanChips plan={point.roomPlan} current={point.roomIndex} labels={labels} />
          <button
            type="button"
            className="link-button"
            aria-expanded={editingRooms}
            onClick={() => setEditingRooms((open) => !open)}
          >
            {editingRooms ? labels.closeRooms : labels.editRooms}
          </button>
        </div>
      </div>
      {editingRooms ? <RoomPlanEditor point={point} /> : null}
    </li>
  );
});

function updateCommand(
  id: string,
  changes: Partial<Pick<AgendaPoint, 'title' | 'purpose' | 'plannedMinutes' | 'presenter'>>,
) {
  return { type: 'agenda.update' as const, id, changes };
}
