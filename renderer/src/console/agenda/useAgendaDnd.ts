import { useCallback, useRef, useState } from 'react';
import { useDrag, useDrop } from 'react-dnd';
import { dropIndex, type DropEdge } from './dropTarget';

const AGENDA_POINT = 'agenda-point';

interface DragItem {
  id: string;
  index: number;
}

/**
 * Drag a row by its handle and drop it above or below another row. Nothing moves while
 * dragging; one movePoint is sent on drop, so undo takes back the whole move.
 */
export function useAgendaDnd(
  id: string,
  index: number,
  onDrop: (id: string, toIndex: number) => void,
) {
  const rowElement = useRef<HTMLLIElement | null>(null);
  const [edge, setEdge] = useState<DropEdge | null>(null);

  const edgeAt = (y: number | undefined): DropEdge => {
    const rect = rowElement.current?.getBoundingClientRect();
    if (!rect || y === undefined) return 'after';
    return y < rect.top + rect.height / 2 ? 'before' : 'after';
  };

  const [{ isDragging }, drag, preview] = useDrag<DragItem, unknown, { isDragging: boolean }>(
    () => ({
      type: AGENDA_POINT,
      item: { id, index },
      collect: (monitor) => ({ isDragging: monitor.isDragging() }),
    }),
    [id, index],
  );

  const [{ isOver }, drop] = useDrop<DragItem, unknown, { isOver: boolean }>(
    () => ({
      accept: AGENDA_POINT,
      hover: (_item, monitor) => setEdge(edgeAt(monitor.getClientOffset()?.y)),
      drop: (item, monitor) => {
        const to = dropIndex(item.index, index, edgeAt(monitor.getClientOffset()?.y));
        if (to !== item.index) onDrop(item.id, to);
      },
      collect: (monitor) => ({ isOver: monitor.isOver() && monitor.getItem()?.id !== id }),
    }),
    [id, index, onDrop],
  );

  // Callback refs: the connectors get the nodes once React has them, not during render.
  const rowRef = useCallback(
    (node: HTMLLIElement | null) => {
      rowElement.current = node;
      preview(drop(node));
    },
    [drop, preview],
  );
  const handleRef = useCallback((node: HTMLButtonElement | null) => void drag(node), [drag]);

  return { rowRef, handleRef, isDragging, dropEdge: isOver ? edge : null };
}
