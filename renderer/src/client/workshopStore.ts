import type { HostEvent, StateSnapshot } from '../../../shared/api';
import type { Settings } from '../../../shared/settings';
import { applyPatchesShallow } from './applyPatches';
import { createChangeAuthors, type ChangeAuthors, type ChangeSource } from './changeAuthors';
import type { ConnectionStatus, HostClient } from './hostClient';

type PatchesEvent = Extract<HostEvent, { type: 'patches' }>;

export interface WorkshopState {
  /** null until the first getState has answered. */
  snapshot: StateSnapshot | null;
  settings: Settings | null;
  status: ConnectionStatus;
}

export interface WorkshopStore {
  getState(): WorkshopState;
  /** For useSyncExternalStore: called after every change of getState(). */
  subscribe(listener: () => void): () => void;
  /**
   * Who made the last change that touched `path` (list items named by id: `agenda/<pointId>/
   * notes`) or a place holding it, as of getState(); null when not known (changeAuthors.ts).
   */
  lastChange(path: readonly (string | number)[]): ChangeSource;
  /** Stop listening to the client (the client itself stays open). */
  dispose(): void;
}

export interface WorkshopStoreOptions {
  /** Delay before fetching again after a failed fetch or a gap that a fetch did not close. */
  retryDelayMs?: number;
}

function applyEvent(
  snapshot: StateSnapshot,
  event: PatchesEvent,
  authors: ChangeAuthors,
): StateSnapshot {
  return {
    ...snapshot,
    revision: event.revision,
    workshop: applyPatchesShallow(snapshot.workshop, event.patches, (path) =>
      authors.touched(path, event.by),
    ),
    canUndo: event.canUndo,
    canRedo: event.canRedo,
    savedAt: event.savedAt,
  };
}

/**
 * The renderer's copy of the host's state. It applies `patches` events strictly in revision
 * order; events that arrive early wait, stale ones are dropped, and a gap (or a patch that does
 * not apply) is closed by fetching the whole state again. A `snapshot` event replaces everything.
 */
export function createWorkshopStore(
  client: HostClient,
  options: WorkshopStoreOptions = {},
): WorkshopStore {
  const retryDelay = options.retryDelayMs ?? 1000;
  const listeners = new Set<() => void>();
  let state: WorkshopState = { snapshot: null, settings: null, status: client.status };
  /** Events beyond the next expected revision, by revision. */
  const waiting = new Map<number, PatchesEvent>();
  const authors = createChangeAuthors();
  /** Bumped by every snapshot event: a fetch begun before it must not overwrite it. */
  let epoch = 0;
  let fetching = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  function set(next: Partial<WorkshopState>): void {
    state = { ...state, ...next };
    for (const listener of [...listeners]) listener();
  }

  /** Apply every waiting event that follows on; true when none is left waiting. */
  function drain(): boolean {
    const start = state.snapshot;
    if (!start) return true;
    let current = start;
    try {
      for (let next = waiting.get(current.revision + 1); next;) {
        waiting.delete(next.revision);
        current = applyEvent(current, next, authors);
        next = waiting.get(current.revision + 1);
      }
    } catch {
      // Patches that do not fit our copy: it has drifted, so fetch the truth.
      waiting.clear();
      if (current !== start) set({ snapshot: current });
      return false;
    }
    for (const revision of waiting.keys())
      if (revision <= current.revision) waiting.delete(revision);
    if (current !== start) set({ snapshot: current });
    return waiting.size === 0;
  }

  function scheduleRetry(): void {
    if (retryTimer || disposed) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void fetchState();
    }, retryDelay);
  }

  async function fetchState(): Promise<void> {
    if (disposed) return;
    if (fetching) return;
    fetching = true;
    const startedIn = epoch;
    let failed = false;
    try {
      const snapshot = await client.request('getState', undefined);
      const current = state.snapshot;
      if (!disposed && startedIn === epoch && (!current || snapshot.revision >= current.revision)) {
        // The same revision is the same state: who changed what there still holds.
        if (!current || snapshot.revision > current.revision) authors.replaced();
        set({ snapshot });
      }
    } catch {
      failed = true;
    } finally {
      fetching = false;
    }
    if (disposed) return;
    if (failed && !state.snapshot) scheduleRetry();
    else if (!drain()) scheduleRetry();
  }

  function onEvent(event: HostEvent): void {
    switch (event.type) {
      case 'snapshot':
        epoch++;
        waiting.clear();
        authors.replaced();
        set({ snapshot: event.snapshot });
        return;
      case 'settings':
        set({ settings: event.settings });
        return;
      case 'history': {
        // A refused undo: the data is as it was. Only at our revision: a copy behind gets the
        // flags with the patches it still waits for, and those are at least as new.
        const current = state.snapshot;
        if (current?.revision !== event.revision) return;
        if (current.canUndo === event.canUndo && current.canRedo === event.canRedo) return;
        set({ snapshot: { ...current, canUndo: event.canUndo, canRedo: event.canRedo } });
        return;
      }
      case 'patches': {
        const current = state.snapshot;
        if (current && event.revision <= current.revision) return;
        waiting.set(event.revision, event);
        // Before the first state arrives, events wait for it.
        if (current && !drain()) void fetchState();
        return;
      }
    }
  }

  const offEvent = client.onEvent(onEvent);
  const offStatus = client.onStatus((status) => set({ status }));
  void fetchState();
  client.request('getSettings', undefined).then(
    (settings) => {
      // A settings event may have come first; it is at least as new.
      if (!disposed && !state.settings) set({ settings });
    },
    () => {},
  );

  return {
    getState: () => state,
    lastChange: (path) => authors.lastChange(path),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    dispose() {
      disposed = true;
      offEvent();
      offStatus();
      if (retryTimer) clearTimeout(retryTimer);
      listeners.clear();
    },
  };
}
