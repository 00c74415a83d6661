import type {
  HostErrorPayload,
  HostEvent,
  HostPayload,
  HostRequestName,
  HostResponse,
  HostResults,
} from '../../../shared/api';

export type HostErrorCode = HostErrorPayload['code'];

/** A refused or failed request, carrying the host's code so the view can translate it. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly details: HostErrorPayload['details'];

  constructor(payload: HostErrorPayload) {
    super(payload.message);
    this.name = 'HostError';
    this.code = payload.code;
    this.details = payload.details;
  }
}

export function isHostError(e: unknown): e is HostError {
  return e instanceof HostError;
}

/** 'open' when requests reach the host; the WebSocket transport passes through the others. */
export type ConnectionStatus = 'connecting' | 'open' | 'closed';

/**
 * The renderer's one door to the host. Views never see the transport: Electron IPC and the
 * browser-mode WebSocket both implement this.
 */
export interface HostClient {
  /** Resolves with the result, or rejects with a HostError. */
  request<K extends HostRequestName>(name: K, payload: HostPayload<K>): Promise<HostResults[K]>;
  /** Every host event, in the order the transport delivers them. Returns the unsubscribe. */
  onEvent(listener: (event: HostEvent) => void): () => void;
  /** Connection changes (IPC is always open). Returns the unsubscribe. */
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  readonly status: ConnectionStatus;
  close(): void;
}

/** Turn a transport's response into a result or a thrown HostError. */
export function unwrap<K extends HostRequestName>(response: HostResponse<K>): HostResults[K] {
  if (response.ok) return response.result;
  throw new HostError(response.error);
}

/** A small typed listener set, shared by the transports. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => {
      this.set.delete(listener);
    };
  }

  emit(value: T): void {
    for (const listener of [...this.set]) listener(value);
  }

  clear(): void {
    this.set.clear();
  }
}
