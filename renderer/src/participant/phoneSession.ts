import type {
  PhoneErrorCode,
  PhoneResponse,
  PhoneResults,
  PhoneServerMessage,
  PhoneView,
} from '../../../shared/phones/contract';
// Types only: the requests' shapes come from the host's schemas, and no zod reaches the page.
import type { PhoneJoinRequest, PhoneRequest } from '../../../shared/phones/protocol';
import { loadRecord, saveRecord } from './phoneStorage';
import {
  ENDING,
  errorCodeOf,
  OPEN,
  phoneSocketUrl,
  type EndReason,
  type PhoneClosedReason,
  type PhoneSession,
  type PhoneSessionOptions,
  type PhoneSessionState,
} from './phoneSessionTypes';
import { Backoff, Replies } from '../client/socketMechanics';

export * from './phoneSessionTypes';

type Handler = (response: PhoneResponse) => void;

/**
 * One phone's connection to the host's phone server. Joins with the code, then talks with the
 * token it got (kept in storage, so a reload or a Wi-Fi drop comes back as the same phone).
 * Reconnects with backoff; ideas wait in a queue until the host acknowledges them, and carry
 * an id made here, so sending one again after a drop never makes a second idea.
 */
export function createPhoneSession(options: PhoneSessionOptions): PhoneSession {
  const Impl = options.WebSocketImpl ?? WebSocket;
  const backoff = new Backoff(options.initialDelayMs ?? 500, options.maxDelayMs ?? 8000);
  const tooFastDelay = options.tooFastDelayMs ?? 1500;
  const tooFastPauseMs = options.tooFastPauseMs ?? 10_000;
  const record = loadRecord(options.store, options.code);
  const listeners = new Set<() => void>();
  let state: PhoneSessionState = {
    phase: 'connecting',
    reconnecting: false,
    workshopTitle: '',
    names: [],
    joiningAs: null,
    view: null,
    queue: record.queue,
    error: null,
    endReason: null,
  };
  let socket: WebSocket | null = null;
  let everOpened = false;
  let closed = false;
  let errorSeq = 0;
  /** The host closed the unjoined socket; the next pick connects again. */
  let idle = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const replies = new Replies<PhoneResponse>();
  /** Ideas sent on the present socket and not yet answered (never sent twice on one socket). */
  const inFlight = new Set<string>();

  function set(next: Partial<PhoneSessionState>): void {
    state = { ...state, ...next };
    for (const l of [...listeners]) l();
  }

  function persist(): void {
    record.queue = state.queue;
    saveRecord(options.store, record);
  }

  function refuse(code: PhoneErrorCode, text?: string): void {
    errorSeq += 1;
    set({ error: text === undefined ? { code, seq: errorSeq } : { code, seq: errorSeq, text } });
  }

  function end(reason: EndReason): void {
    closed = true;
    if (retryTimer) clearTimeout(retryTimer);
    if (flushTimer) clearTimeout(flushTimer);
    record.token = null;
    persist();
    const s = socket;
    socket = null;
    s?.close();
    set({ phase: 'ended', endReason: reason, reconnecting: false });
  }

  function isOpen(): boolean {
    return socket !== null && socket.readyState === OPEN;
  }

  type Outgoing = Omit<PhoneRequest, 'id'> | Omit<PhoneJoinRequest, 'id'>;

  function send(request: Outgoing, onResponse: Handler): boolean {
    if (!socket || !isOpen()) return false;
    const id = replies.add(onResponse);
    socket.send(JSON.stringify({ id, ...request }));
    return true;
  }

  /** Resolve true when the host accepted; a refusal is shown. */
  function ask(request: Omit<PhoneRequest, 'id'>): Promise<boolean> {
    return new Promise((resolve) => {
      const sent = send(request, (response) => {
        if (!response.ok) refuse(response.error.code);
        resolve(response.ok);
      });
      if (!sent) resolve(false);
    });
  }

  function flushQueue(): void {
    if (!record.token || !isOpen() || state.phase !== 'joined') return;
    for (const idea of state.queue) {
      if (inFlight.has(idea.id)) continue;
      inFlight.add(idea.id);
      send({ name: 'addIdea', payload: { id: idea.id, text: idea.text } }, (response) => {
        inFlight.delete(idea.id);
        if (!response.ok && response.error.code === 'too-fast') {
          // Not refused, only too soon: it stays queued and goes again shortly.
          if (!flushTimer) {
            flushTimer = setTimeout(() => {
              flushTimer = null;
              flushQueue();
            }, tooFastDelay);
          }
          return;
        }
        set({ queue: state.queue.filter((q) => q.id !== idea.id) });
        persist();
        if (!response.ok) refuse(response.error.code, idea.text);
      });
    }
  }

  function onView(view: PhoneView): void {
    if (state.view && view.revision < state.view.revision) return;
    const first = state.phase !== 'joined';
    set({ view, phase: 'joined', joiningAs: null });
    if (first) flushQueue();
  }

  function onMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: PhoneServerMessage;
    try {
      message = JSON.parse(data) as PhoneServerMessage;
    } catch {
      return;
    }
    if ('view' in message) onView(message.view);
    else if ('joined' in message) takeToken(message.joined);
    else if ('closed' in message) onClosed(message.closed);
    else if ('id' in message) {
      replies.settle(message.id, message.response);
    }
  }

  /** Forget an old or unknown token (a new session) and choose a name again with the code. */
  function rejoinWithCode(): void {
    record.token = null;
    record.participantId = null;
    persist();
    const old = socket;
    socket = null;
    old?.close();
    replies.dropAll();
    inFlight.clear();
    set({ phase: 'connecting', view: null, reconnecting: false });
    connect();
  }

  /** Joined (at once or let in by the facilitator): talk with the token from now on. */
  function takeToken(joined: { token: string; participantId: string }): void {
    record.token = joined.token;
    record.participantId = joined.participantId;
    persist();
    // The same way a reload or a drop comes back.
    const old = socket;
    socket = null;
    old?.close();
    replies.dropAll();
    connect();
  }

  /** A socket that sat unjoined was closed by the host: connect again when a name is picked. */
  function onIdle(): void {
    const old = socket;
    socket = null;
    old?.close();
    replies.dropAll();
    idle = true;
  }

  function sendJoin(participantId: string): void {
    const sent = send({ name: 'join', payload: { participantId } }, (response) => {
      if (!response.ok) {
        set({ joiningAs: null, phase: 'choosing' });
        const code = response.error.code;
        if (ENDING.has(code)) end(code as EndReason);
        else {
          refuse(code);
          listNames();
        }
        return;
      }
      const result = response.result as PhoneResults['join'];
      if ('waiting' in result) set({ phase: 'waiting' });
      else takeToken(result);
    });
    if (!sent) set({ joiningAs: null });
  }

  function onClosed(reason: PhoneClosedReason): void {
    if (reason === 'bad-token') rejoinWithCode();
    else if (reason === 'idle') onIdle();
    else if (reason === 'too-fast') {
      // Flooded: the host lets this phone back after a pause, with its token.
      const old = socket;
      socket = null;
      old?.close();
      replies.dropAll();
      inFlight.clear();
      set({ reconnecting: true });
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = setTimeout(connect, tooFastPauseMs);
    } else end(reason);
  }

  function listNames(): void {
    send({ name: 'listNames', payload: {} }, (response) => {
      if (!response.ok) {
        const code = response.error.code;
        if (ENDING.has(code)) end(code as EndReason);
        else refuse(code);
        return;
      }
      const result = response.result as PhoneResults['listNames'];
      set({ phase: 'choosing', workshopTitle: result.workshopTitle, names: result.names });
    });
  }

  function reconnectSoon(): void {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(connect, backoff.next());
  }

  function connect(): void {
    retryTimer = null;
    if (closed) return;
    const ws = new Impl(phoneSocketUrl(options.origin, record));
    socket = ws;
    ws.addEventListener('open', () => {
      if (socket !== ws) return;
      backoff.reset();
      everOpened = true;
      set({ reconnecting: false });
      if (record.token) {
        // The host pushes the view on connect; the queue goes once it has arrived.
        if (state.phase === 'joined') flushQueue();
      } else if (state.joiningAs !== null) sendJoin(state.joiningAs);
      else listNames();
    });
    ws.addEventListener('message', (e: MessageEvent) => {
      if (socket === ws) onMessage(e.data);
    });
    ws.addEventListener('close', (e: CloseEvent) => {
      if (socket !== ws) return;
      socket = null;
      replies.dropAll();
      inFlight.clear();
      if (closed) return;
      if (e.reason === 'idle' && state.phase === 'choosing') {
        idle = true;
        return;
      }
      const reason = errorCodeOf(e.reason);
      if (reason === 'bad-token') {
        rejoinWithCode();
        return;
      }
      if (reason && ENDING.has(reason)) {
        end(reason as EndReason);
        return;
      }
      if (everOpened) set({ reconnecting: true });
      reconnectSoon();
    });
  }

  /** A phone that wakes or finds its network again tries at once instead of waiting out the backoff. */
  function retryNow(): void {
    if (closed || socket || !retryTimer) return;
    clearTimeout(retryTimer);
    backoff.reset();
    connect();
  }

  /**
   * The phone knows it has lost its network: drop the socket now and say "reconnecting", rather
   * than wait for it to time out while ideas seem to go nowhere.
   */
  function onOffline(): void {
    socket?.close();
  }
  function onVisible(): void {
    if (document.visibilityState === 'visible') retryNow();
  }
  const inBrowser = typeof window !== 'undefined' && typeof window.addEventListener === 'function';
  if (inBrowser) {
    window.addEventListener('online', retryNow);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
  }

  connect();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    join(participantId) {
      set({ joiningAs: participantId, error: null });
      if (idle && !socket) {
        // Joined on open (see connect).
        idle = false;
        connect();
        return;
      }
      sendJoin(participantId);
    },
    addIdea(text) {
      const trimmed = text.trim();
      if (!trimmed) return;
      set({ queue: [...state.queue, { id: options.makeId(), text: trimmed }], error: null });
      persist();
      flushQueue();
    },
    pass: () => ask({ name: 'pass', payload: {} }),
    addDot: (targetId) => ask({ name: 'addDot', payload: { id: options.makeId(), targetId } }),
    removeDot: (dotId) => ask({ name: 'removeDot', payload: { id: dotId } }),
    submitScores: (formId, answers) => ask({ name: 'submitScores', payload: { formId, answers } }),
    dismissError: () => set({ error: null }),
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (flushTimer) clearTimeout(flushTimer);
      const s = socket;
      socket = null;
      s?.close();
      listeners.clear();
      if (inBrowser) {
        window.removeEventListener('online', retryNow);
        window.removeEventListener('offline', onOffline);
        document.removeEventListener('visibilitychange', onVisible);
      }
    },
  };
}
