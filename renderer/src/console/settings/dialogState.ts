import { useSyncExternalStore } from 'react';

/** The console's one open dialog, if any: settings, the shortcut sheet or the guide. */
export type ConsoleDialog = 'settings' | 'shortcuts' | 'guide';

let open: ConsoleDialog | null = null;
const listeners = new Set<() => void>();

export function openDialog(dialog: ConsoleDialog | null): void {
  if (open === dialog) return;
  open = dialog;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOpenDialog(): ConsoleDialog | null {
  return useSyncExternalStore(subscribe, () => open);
}
