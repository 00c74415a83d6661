import { useSyncExternalStore } from 'react';

/** The record's two screens: the action log, and the end-of-meeting export screen. */
export type RecordScreen = 'log' | 'export';

let open: RecordScreen | null = null;
const listeners = new Set<() => void>();

export function openRecordScreen(screen: RecordScreen | null): void {
  if (open === screen) return;
  open = screen;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRecordScreen(): RecordScreen | null {
  return useSyncExternalStore(subscribe, () => open);
}

/** Ctrl+Shift+L: the action log; Ctrl+Shift+E: end of meeting and export (⌘ on a Mac). */
export const RECORD_KEYS: Readonly<Record<RecordScreen, { key: string; label: string }>> = {
  log: { key: 'l', label: 'Ctrl+Shift+L' },
  export: { key: 'e', label: 'Ctrl+Shift+E' },
};

export function recordScreenFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): RecordScreen | null {
  if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === RECORD_KEYS.log.key) return 'log';
  if (key === RECORD_KEYS.export.key) return 'export';
  return null;
}
