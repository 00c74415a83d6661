import { useCallback } from 'react';
import { useDrop } from 'react-dnd';
import { DND_CLUSTER, DND_IDEA, type SourceDragItem } from './dnd';

/** A drop target for ideas (and clusters, when asked): the ref to attach, and whether one is over it. */
export function useSourceDrop<E extends HTMLElement>(
  onDrop: (item: SourceDragItem) => void,
  withClusters = false,
): { ref: (el: E | null) => void; isOver: boolean; canDrop: boolean } {
  const [{ isOver, canDrop }, drop] = useDrop<
    SourceDragItem,
    unknown,
    { isOver: boolean; canDrop: boolean }
  >(
    () => ({
      accept: withClusters ? [DND_IDEA, DND_CLUSTER] : [DND_IDEA],
      drop: (item, monitor) => {
        if (!monitor.didDrop()) onDrop(item);
      },
      collect: (m) => ({ isOver: m.isOver({ shallow: true }), canDrop: m.canDrop() }),
    }),
    [onDrop, withClusters],
  );
  const ref = useCallback((el: E | null) => void drop(el), [drop]);
  return { ref, isOver, canDrop };
}
