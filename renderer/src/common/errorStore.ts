import { HostError, type HostErrorCode } from '../client/hostClient';

export interface ShownError {
  /** Distinguishes two equal errors in a row, so the alert re-announces. */
  seq: number;
  code: HostErrorCode;
  message: string;
  /** What the host said about the refused field (field, limit …), when it did. */
  details?: Record<string, string | number> | undefined;
}

/** The one error the console shows at a time: the latest. */
export interface ErrorStore {
  get(): ShownError | null;
  report(error: unknown): void;
  dismiss(): void;
  subscribe(listener: () => void): () => void;
}

export function createErrorStore(): ErrorStore {
  let current: ShownError | null = null;
  let seq = 0;
  const listeners = new Set<() => void>();
  const set = (next: ShownError | null) => {
    current = next;
    for (const l of [...listeners]) l();
  };
  return {
    get: () => current,
    report(error) {
      const payload =
        error instanceof HostError
          ? { code: error.code, message: error.message, details: error.details }
          : { code: 'internal' as const, message: String(error) };
      set({ seq: ++seq, ...payload });
    },
    dismiss: () => set(null),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
