import { useEffect, type RefObject } from 'react';
import type { DropEdge } from './dropTarget';
import { useAgendaDnd } from './useAgendaDnd';

interface Props {
  id: string;
  index: number;
  /** The row and its handle. */
  row: RefObject<HTMLLIElement | null>;
  handle: RefObject<HTMLButtonElement | null>;
  onDrop: (id: string, toIndex: number) => void;
  /** The drag's state, for the row's classes. */
  onState: (isDragging: boolean, dropEdge: DropEdge | null) => void;
}

/**
 * A row's drag and drop, mounted only while the row shows its fields: the two react-dnd hooks
 * were most of a row's first render, and a row far from the window is neither dragged nor
 * dropped on (dragging near the edge scrolls it into view, and then it has them).
 */
export function AgendaRowDnd({ id, index, row, handle, onDrop, onState }: Props) {
  const { rowRef, handleRef, isDragging, dropEdge } = useAgendaDnd(id, index, onDrop);
  // A passive effect: it runs once React has attached every ref, the row's own included (a
  // parent's ref comes after its children's layout effects).
  useEffect(() => {
    rowRef(row.current);
    handleRef(handle.current);
    return () => {
      rowRef(null);
      handleRef(null);
    };
  }, [row, handle, rowRef, handleRef]);
  useEffect(() => onState(isDragging, dropEdge), [isDragging, dropEdge, onState]);
  return null;
}
