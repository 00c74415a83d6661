import { useSyncExternalStore } from 'react';

// A request to put the cursor in the running point's notes (the key, or the agenda row's
// button): a counter, so asking twice focuses twice.
let requests = 0;
const listeners = new Set<() => void>();

export function requestNotesFocus(): void {
  requests += 1;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotesFocusRequests(): number {
  return useSyncExternalStore(subscribe, () => requests);
}
