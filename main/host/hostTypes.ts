import type { HostEvent, HostHandlers } from '../../shared/api';

/**
 * The host owns the workshop: every change is a validated command, every view a subscriber.
 * It runs in plain Node (browser mode, tests) and inside Electron's main process alike.
 */
export interface Host {
  readonly handlers: HostHandlers;
  /** Every event goes to every subscriber, in order. Returns the unsubscribe function. */
  subscribe(listener: (event: HostEvent) => void): () => void;
  /** Flush and close the open document (journal compacted into the file). */
  close(): Promise<void>;
}
