import type { AgendaPoint } from '../../../../shared/model/workshop';
import { POINT_TITLE_MAX, PRESENTER_MAX } from '../../../../shared/model/textLimits';
import { CommitField } from '../../common/CommitField';
import { useSend } from '../../common/hostContext';
import { useCan } from '../../common/roleContext';
import { PURPOSES, isPurpose } from '../../common/purposes';
import { NotesToggle } from '../notes/AgendaNotes';
import { ReadOnlyUnless } from '../ReadOnlyUnless';
import type { AgendaLabels } from './agendaLabels';
import { RoomPlanChips } from './RoomPlanChips';

const MAX_MINUTES = 24 * 60;

type Changes = Partial<Pick<AgendaPoint, 'title' | 'purpose' | 'plannedMinutes' | 'presenter'>>;

function useUpdate(id: string) {
  const send = useSend();
  return (changes: Changes) => send({ type: 'agenda.update', id, changes });
}

/** The row's title as a field that commits on Enter or blur. */
export function AgendaTitleField({ point, labels }: { point: AgendaPoint; labels: AgendaLabels }) {
  const update = useUpdate(point.id);
  if (!useCan('agenda.update')) return <span className="agenda-title">{point.title}</span>;
  return (
    <CommitField
      className="inline-input agenda-title"
      value={point.title}
      maxLength={POINT_TITLE_MAX}
      required
      aria-label={labels.title}
      onCommit={(title) => update({ title })}
    />
  );
}

/** Start (or resume) and remove. */
export function AgendaRowActions({
  point,
  otherActive,
  labels,
}: {
  point: AgendaPoint;
  otherActive: boolean;
  labels: AgendaLabels;
}) {
  const send = useSend();
  const mayStart = useCan('point.start');
  const mayRemove = useCan('agenda.remove');
  return (
    <div className="agenda-actions">
      {mayStart ? (
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
      ) : null}
      {mayRemove ? (
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="point-remove"
          aria-label={labels.removeLabel(point.title)}
          onClick={() => void send({ type: 'agenda.remove', id: point.id })}
        >
          {labels.remove}
        </button>
      ) : null}
    </div>
  );
}

interface DetailsProps {
  point: AgendaPoint;
  labels: AgendaLabels;
  editingRooms: boolean;
  onToggleRooms: () => void;
  editingNotes: boolean;
  onToggleNotes: () => void;
}

/** The row's second line, editable: purpose, minutes, presenter, the room plan and notes. */
export function AgendaRowDetails({
  point,
  labels,
  editingRooms,
  onToggleRooms,
  editingNotes,
  onToggleNotes,
}: DetailsProps) {
  const update = useUpdate(point.id);
  const mayEdit = useCan('agenda.update');
  const mayPlan = useCan('agenda.setRoomPlan');
  return (
    <div className="agenda-row-details">
      <span className={`status-badge is-${point.status}`}>{labels.status[point.status]}</span>
      <ReadOnlyUnless may={mayEdit}>
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
      </ReadOnlyUnless>
      <div className="agenda-rooms">
        <RoomPlanChips plan={point.roomPlan} current={point.roomIndex} labels={labels} />
        {mayPlan ? (
          <button
            type="button"
            className="link-button"
            aria-expanded={editingRooms}
            onClick={onToggleRooms}
          >
            {editingRooms ? labels.closeRooms : labels.editRooms}
          </button>
        ) : null}
        <NotesToggle point={point} open={editingNotes} onToggle={onToggleNotes} labels={labels} />
      </div>
    </div>
  );
}

/**
 * The second line as plain text, for a row far from the window: what the fields would show, in
 * a tenth of the elements. The row swaps in the fields before it scrolls into view.
 */
export function AgendaRowSummary({ point, labels }: { point: AgendaPoint; labels: AgendaLabels }) {
  const parts = [
    labels.purposes[point.purpose],
    `${point.plannedMinutes} ${labels.minutesUnit}`,
    point.presenter,
    point.roomPlan.map((room) => labels.rooms[room].short).join(' · '),
  ];
  return (
    <div className="agenda-row-details agenda-summary">
      <span className={`status-badge is-${point.status}`}>{labels.status[point.status]}</span>
      {parts.filter(Boolean).join('   ')}
    </div>
  );
}
