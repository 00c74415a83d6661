import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where a form's draft lives: one per form, workshop and agenda point. */
export function draftKey(form: string, workshopId: string, pointId: string): string {
  return `dialogrum.draft.${form}.${workshopId}.${pointId}`;
}

/** The stored draft, or null when there is none or it cannot be read. */
export function readDraft<T>(
  storage: DraftStorage | undefined,
  key: string,
  parse: (raw: unknown) => T | null,
): T | null {
  try {
    const raw = storage?.getItem(key);
    return raw ? parse(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

/** Keeps a non-empty draft, removes an empty one. Storage that refuses is only a lost draft. */
export function writeDraft(
  storage: DraftStorage | undefined,
  key: string,
  value: unknown,
  empty: boolean,
): void {
  try {
    if (empty) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or disabled storage: the draft still lives in the form.
  }
}

function browserStorage(): DraftStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

interface Loaded<T> {
  key: string;
  value: T;
  /** The draft came back from storage (a reload, a crash): the form says nothing was lost. */
  restored: boolean;
}

function load<T>(key: string, empty: T, parse: (raw: unknown) => T | null): Loaded<T> {
  const stored = readDraft(browserStorage(), key, parse);
  return { key, value: stored ?? empty, restored: stored !== null };
}

/**
 * A form's half-typed content that survives a reload: kept in localStorage under `key` while
 * it is not empty, and gone once the form is cleared (after the host took it).
 */
export function useStoredDraft<T>(
  key: string,
  empty: T,
  isEmpty: (value: T) => boolean,
  parse: (raw: unknown) => T | null,
): { draft: T; setDraft: Dispatch<SetStateAction<T>>; restored: boolean } {
  const [state, setState] = useState(() => load(key, empty, parse));
  // Another point (or workshop): its own draft.
  const current = state.key === key ? state : load(key, empty, parse);
  if (current !== state) setState(current);

  useEffect(() => {
    writeDraft(browserStorage(), current.key, current.value, isEmpty(current.value));
  }, [current.key, current.value, isEmpty]);

  const setDraft: Dispatch<SetStateAction<T>> = (next) =>
    setState((s) => {
      const value = typeof next === 'function' ? (next as (v: T) => T)(s.value) : next;
      return { ...s, value, restored: s.restored && !isEmpty(value) };
    });
  return { draft: current.value, setDraft, restored: current.restored };
}
