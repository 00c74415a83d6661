import { memo, useCallback, useRef, type ReactNode } from 'react';
import { useDrag, useDrop } from 'react-dnd';
import { placeForMove, type OrderPlace } from '../../../../../shared/model/turnOrderEdit';
import type { Participant } from '../../../../../shared/model/workshop';
import { useTranslation } from '../../../i18n/i18n';
import { PersonTag } from '../common/PersonTag';
import type { People } from '../common/people';

const DND_TURN = 'rw-turn';

interface Props {
  order: readonly string[];
  participants: readonly Participant[];
  people: People;
  colours: ReadonlyMap<string, string>;
  /** One person moved beside another: said by id, as the host applies it to its own order. */
  onMove: (id: string, to: OrderPlace) => void;
  onLeaveOut: (id: string) => void;
  onInclude: (id: string) => void;
  /** The one holding the turn, marked in the list. */
  holder?: string | null;
}

/**
 * The speaking order: drag a person, or use the arrow buttons (or Alt+↑/↓ on a row). Each edit
 * is one person's, so two screens editing at once do not undo each other's. Memoised:
 * the room renders on every new idea, the order seldom changes.
 */
export const TurnOrder = memo(function TurnOrder({
  order,
  participants,
  people,
  colours,
  onMove,
  onLeaveOut,
  onInclude,
  holder,
}: Props) {
  const { t } = useTranslation();
  const leftOut = participants.filter((p) => p.present && !order.includes(p.id));
  const move = (from: number, to: number) => {
    const moved = placeForMove(order, from, to);
    if (moved) onMove(moved.id, moved.place);
  };
  return (
    <ol
      className="rw-turn-order"
      data-testid="rw-turn-order"
      aria-label={t('roomsWork.turns.order')}
    >
      {order.map((id, i) => (
        <TurnOrderRow
          key={id}
          id={id}
          index={i}
          count={order.length}
          name={people.get(id)?.name ?? id}
          isHolder={id === holder}
          move={move}
          remove={() => onLeaveOut(id)}
        >
          <PersonTag person={people.get(id)} colour={colours.get(id)} />
        </TurnOrderRow>
      ))}
      {order.length === 0 ? <li className="empty">{t('roomsWork.turns.nobody')}</li> : null}
      {leftOut.length > 0 ? (
        <li className="rw-left-out">
          <span className="field-label">{t('roomsWork.turns.leftOut')}</span>
          {leftOut.map((p) => (
            <button
              key={p.id}
              type="button"
              className="button button-small"
              data-testid="rw-turn-include"
              aria-label={t('roomsWork.turns.include', { name: p.name })}
              onClick={() => onInclude(p.id)}
            >
              + {p.name}
            </button>
          ))}
        </li>
      ) : null}
    </ol>
  );
});

interface RowProps {
  id: string;
  index: number;
  count: number;
  name: string;
  isHolder: boolean;
  move: (from: number, to: number) => void;
  remove: () => void;
  children: ReactNode;
}

function TurnOrderRow({ id, index, count, name, isHolder, move, remove, children }: RowProps) {
  const { t } = useTranslation();
  const node = useRef<HTMLLIElement | null>(null);
  const [{ isDragging }, drag] = useDrag(
    () => ({
      type: DND_TURN,
      item: { id, index },
      collect: (m) => ({ isDragging: m.isDragging() }),
    }),
    [id, index],
  );
  const [{ isOver }, drop] = useDrop<{ id: string; index: number }, unknown, { isOver: boolean }>(
    () => ({
      accept: DND_TURN,
      drop: (item) => {
        if (item.index !== index) move(item.index, index);
      },
      collect: (m) => ({ isOver: m.isOver() && m.getItem()?.id !== id }),
    }),
    [id, index, move],
  );
  const ref = useCallback(
    (el: HTMLLIElement | null) => {
      node.current = el;
      drag(drop(el));
    },
    [drag, drop],
  );
  return (
    <li
      ref={ref}
      className={`rw-turn-row${isDragging ? ' is-dragging' : ''}${isOver ? ' is-over' : ''}${isHolder ? ' is-holder' : ''}`}
      data-testid="rw-turn-order-row"
      data-participant-id={id}
      onKeyDown={(e) => {
        if (!e.altKey) return;
        if (e.key === 'ArrowUp') {
          e.preventDefault();
          move(index, index - 1);
        } else if (e.key === 'ArrowDown') {
          e.preventDefault();
          move(index, index + 1);
        }
      }}
    >
      <span className="rw-turn-number" aria-hidden="true">
        {index + 1}
      </span>
      <span className="rw-drag-grip" aria-hidden="true">
        ⠿
      </span>
      {children}
      <span className="rw-row-buttons">
        <button
          type="button"
          className="icon-button"
          aria-label={t('roomsWork.turns.earlier', { name })}
          disabled={index === 0}
          onClick={() => move(index, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('roomsWork.turns.later', { name })}
          disabled={index === count - 1}
          onClick={() => move(index, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('roomsWork.turns.leaveOut', { name })}
          onClick={remove}
        >
          ×
        </button>
      </span>
    </li>
  );
}
