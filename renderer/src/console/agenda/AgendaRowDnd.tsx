import { useEffect, useLayoutEffect } from 'react';
import type { DropEdge } from './dropTarget';
import { useAgendaDnd } from './useAgendaDnd';

interface Props {
  id: string;
  index: number;
  /** The row and its handle, once React has them. */
  row: HTMLLIElement | null;
  handle: HTMLButtonElement | null;
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
  useLayoutEffect(() => {
    rowRef(row);
    handleRef(handle);
    return () => {
      rowRef(null);
      handleRef(null);
    };
  }, [row, handle, rowRef, handleRef]);
  useEffect(() => onState(isDragging, dropEdge), [isDragging, dropEdge, onState]);
  return null;
}
