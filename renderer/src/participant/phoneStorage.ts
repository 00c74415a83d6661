/**
 * What a phone keeps between page loads: its join (token) for this join code and the ideas it
 * has not yet seen acknowledged. One record; a new code (a new session) starts afresh, since
 * the old token stops working with the old code.
 */
export interface QueuedIdea {
  id: string;
  text: string;
}

export interface PhoneRecord {
  code: string;
  token: string | null;
  participantId: string | null;
  queue: QueuedIdea[];
}

/** The part of localStorage used here, so tests (and a browser without storage) can pass their own. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'dialogrum.phone.v1';

function isQueuedIdea(v: unknown): v is QueuedIdea {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as QueuedIdea).id === 'string' &&
    typeof (v as QueuedIdea).text === 'string'
  );
}

export function loadRecord(store: KeyValueStore | null, code: string): PhoneRecord {
  const fresh: PhoneRecord = { code, token: null, participantId: null, queue: [] };
  if (!store) return fresh;
  try {
    const raw: unknown = JSON.parse(store.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return fresh;
    const r = raw as Partial<PhoneRecord>;
    if (r.code !== code) return fresh;
    return {
      code,
      token: typeof r.token === 'string' ? r.token : null,
      participantId: typeof r.participantId === 'string' ? r.participantId : null,
      queue: Array.isArray(r.queue) ? r.queue.filter(isQueuedIdea) : [],
    };
  } catch {
    return fresh;
  }
}

export function saveRecord(store: KeyValueStore | null, record: PhoneRecord): void {
  if (!store) return;
  try {
    store.setItem(KEY, JSON.stringify(record));
  } catch {
    // Private mode or a full store: the phone still works, it just forgets on reload.
  }
}

/** localStorage when the browser lets us use it. */
export function browserStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
