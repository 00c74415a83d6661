import type { HostEvent, HostRequestName, HostResponse } from '../../../shared/api';
import type { WsRequest, WsServerMessage } from '../../../shared/wsProtocol';
import { WS_PATH } from '../../../shared/wsPath';
import { HostError, Listeners, unwrap, type ConnectionStatus, type HostClient } from './hostClient';
import { Backoff, Replies } from './socketMechanics';

export interface WsClientOptions {
  url: string;
  /** Injected in tests; the browser's WebSocket otherwise. */
  WebSocketImpl?: new (url: string) => WebSocket;
  /** First retry delay, doubled per failed attempt up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** How long a request may wait for the connection before it fails. */
  queueTimeoutMs?: number;
  /**
   * Also queue requests made while reconnecting after a drop (a team device on Wi-Fi: issue 16),
   * sent once the socket is back; without it they fail at once.
   */
  queueWhileOffline?: boolean;
  /** Drop the socket when the browser says it is offline, and retry at once when it is back. */
  followNetwork?: boolean;
  /** Close codes after which the client stops for good (the device was ended): onEnded runs. */
  endCodes?: readonly number[];
  onEnded?: (code: number) => void;
}

/** The host's WebSocket on the page's own origin (http → ws, https → wss). */
export function wsUrlFor(origin: string): string {
  return `${origin.replace(/^http/, 'ws')}${WS_PATH}`;
}

/** WebSocket.OPEN, spelled out so an injected implementation need not carry the constants. */
const OPEN = 1;

interface Pending {
  resolve: (response: HostResponse) => void;
  reject: (error: HostError) => void;
}

interface Queued {
  name: HostRequestName;
  payload: unknown;
  pending: Pending;
  timer: ReturnType<typeof setTimeout>;
}

function transportError(message: string): HostError {
  return new HostError({ code: 'transport-error', message });
}

/**
 * Browser mode. Requests are answered by id; events arrive in order on the same socket.
 * When the socket drops it reconnects with backoff and then re-syncs: it fetches the state and
 * settings and hands them to listeners as `snapshot` and `settings` events, so the store needs
 * no special case for a reconnect.
 */
export function createWsClient(options: WsClientOptions): HostClient {
  const Impl = options.WebSocketImpl ?? WebSocket;
  const backoff = new Backoff(options.initialDelayMs ?? 250, options.maxDelayMs ?? 5000);
  const queueTimeout = options.queueTimeoutMs ?? 10_000;

  const events = new Listeners<HostEvent>();
  const statuses = new Listeners<ConnectionStatus>();
  const inFlight = new Replies<HostResponse | HostError>();
  const queue: Queued[] = [];
  let socket: WebSocket | null = null;
  let status: ConnectionStatus = 'connecting';
  let everOpened = false;
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  function setStatus(next: ConnectionStatus): void {
    if (next === status) return;
    status = next;
    statuses.emit(next);
  }

  function send(name: HostRequestName, payload: unknown, pending: Pending): void {
    if (everOpened && !options.queueWhileOffline && (!socket || socket.readyState !== OPEN)) {
      // Lost after it worked: say so at once rather than act minutes later, out of context.
      pending.reject(transportError('No connection to the host'));
      return;
    }
    if (!socket || socket.readyState !== OPEN) {
      // Still starting up (or, with queueWhileOffline, reconnecting): wait for the socket.
      const queued: Queued = {
        name,
        payload,
        pending,
        timer: setTimeout(() => {
          const i = queue.indexOf(queued);
          if (i >= 0) queue.splice(i, 1);
          pending.reject(transportError('No connection to the host'));
        }, queueTimeout),
      };
      queue.push(queued);
      return;
    }
    const id = inFlight.add((reply) =>
      reply instanceof HostError ? pending.reject(reply) : pending.resolve(reply),
    );
    const message: WsRequest = { id, name, payload };
    socket.send(JSON.stringify(message));
  }

  function request<K extends HostRequestName>(name: K, payload: unknown) {
    return new Promise<HostResponse<K>>((resolve, reject) => {
      if (closed) {
        reject(transportError('The client is closed'));
        return;
      }
      const pending: Pending = {
        resolve: resolve as (response: HostResponse) => void,
        reject,
      };
      send(name, payload, pending);
    });
  }

  async function resync(): Promise<void> {
    try {
      const [snapshot, settings] = await Promise.all([
        request('getState', undefined),
        request('getSettings', undefined),
      ]);
      events.emit({ type: 'snapshot', snapshot: unwrap(snapshot) });
      events.emit({ type: 'settings', settings: unwrap(settings) });
    } catch {
      // The socket dropped again; the next open re-syncs.
    }
  }

  function onMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: WsServerMessage;
    try {
      message = JSON.parse(data) as WsServerMessage;
    } catch {
      return;
    }
    if ('event' in message) {
      events.emit(message.event);
      return;
    }
    inFlight.settle(message.id, message.response);
  }

  function connect(): void {
    retryTimer = null;
    setStatus('connecting');
    const ws = new Impl(options.url);
    socket = ws;
    ws.addEventListener('open', () => {
      if (socket !== ws) return;
      backoff.reset();
      setStatus('open');
      for (const q of queue.splice(0)) {
        clearTimeout(q.timer);
        send(q.name, q.payload, q.pending);
      }
      if (everOpened) void resync();
      everOpened = true;
    });
    ws.addEventListener('message', (e: MessageEvent) => {
      if (socket === ws) onMessage(e.data);
    });
    ws.addEventListener('close', (e: CloseEvent) => lost(ws, e.code));
  }

  /** The socket `ws` is gone (`code`: the close event's, null when dropped without one). */
  function lost(ws: WebSocket, code: number | null): void {
    if (socket !== ws) return;
    socket = null;
    // Sent, but no answer: the host may or may not have applied them, so they are not sent
    // again (an idea twice); the caller shows the error, and the re-sync shows which it was.
    for (const onReply of inFlight.dropAll()) onReply(transportError('Connection lost'));
    if (closed) return;
    if (code !== null && options.endCodes?.includes(code)) {
      end();
      options.onEnded?.(code);
      return;
    }
    setStatus('closed');
    retryTimer = setTimeout(connect, backoff.next());
  }

  /** The network is back: try now rather than wait out the backoff. */
  function retryNow(): void {
    if (closed || socket || !retryTimer) return;
    clearTimeout(retryTimer);
    backoff.reset();
    connect();
  }
  /**
   * The browser knows the network is gone: drop the socket now, not when it times out. It is
   * gone at once: offline, the host's answer to the close may never arrive, and with it no close
   * event (the page went on as if connected, and sent into a closing socket).
   */
  function dropNow(): void {
    const ws = socket;
    if (!ws) return;
    ws.close();
    lost(ws, null);
  }
  const network = options.followNetwork && typeof window !== 'undefined' ? window : null;
  network?.addEventListener('online', retryNow);
  network?.addEventListener('offline', dropNow);

  function end(): void {
    closed = true;
    network?.removeEventListener('online', retryNow);
    network?.removeEventListener('offline', dropNow);
    if (retryTimer) clearTimeout(retryTimer);
    for (const q of queue.splice(0)) {
      clearTimeout(q.timer);
      q.pending.reject(transportError('The client is closed'));
    }
    const open = socket;
    socket = null;
    open?.close();
    setStatus('closed');
  }

  connect();

  return {
    get status() {
      return status;
    },
    async request(name, payload) {
      return unwrap(await request(name, payload));
    },
    onEvent: (listener) => events.add(listener),
    onStatus: (listener) => statuses.add(listener),
    close() {
      end();
      events.clear();
      statuses.clear();
    },
  };
}
