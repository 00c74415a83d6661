import { useEffect } from 'react';
import { useRequest } from '../../common/hostContext';
import { isTextEntry } from '../../common/textEntry';

export type HistoryShortcut = 'undo' | 'redo' | null;

/** Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac). */
export function historyShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): HistoryShortcut {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

export function useUndoShortcuts(canUndo: boolean, canRedo: boolean): void {
  const request = useRequest();
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent): void {
      const action = historyShortcut(e);
      if (!action || isTextEntry(e.target)) return;
      e.preventDefault();
      if (action === 'undo' && canUndo) void request('undo', undefined);
      if (action === 'redo' && canRedo) void request('redo', undefined);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [request, canUndo, canRedo]);
}
