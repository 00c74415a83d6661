import { useEffect } from 'react';
import { useRequest } from '../../common/hostContext';

/** In a text field the browser's own undo applies to the text being typed. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return false;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    target.type,
  );
}

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
