import {
  createContext,
  useCallback,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { HostPayload, HostRequestName, HostResults } from '../../../shared/api';
import type { HostClient } from '../client/hostClient';
import type { WorkshopState, WorkshopStore } from '../client/workshopStore';
import type { ErrorStore, ShownError } from './errorStore';

export interface HostServices {
  client: HostClient;
  store: WorkshopStore;
  errors: ErrorStore;
}

const HostContext = createContext<HostServices | null>(null);

export function HostProvider({
  services,
  children,
}: {
  services: HostServices;
  children: ReactNode;
}) {
  return <HostContext value={services}>{children}</HostContext>;
}

export function useHost(): HostServices {
  const services = useContext(HostContext);
  if (!services) throw new Error('useHost outside HostProvider');
  return services;
}

export function useWorkshopState(): WorkshopState {
  const { store } = useHost();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/**
 * One part of the host's state: the component renders again only when that part changes, not on
 * every change of the workshop as with useWorkshopState. `select` must give the same value for
 * the same state (a field of it, never a new object).
 */
export function useWorkshopSelect<T>(select: (state: WorkshopState) => T): T {
  const { store } = useHost();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export function useShownError(): ShownError | null {
  const { errors } = useHost();
  return useSyncExternalStore(errors.subscribe, errors.get);
}

/**
 * A request whose failure is shown to the user. Resolves with the result, or undefined once the
 * error has been reported, so callers can revert a field without a try/catch of their own.
 */
export function useRequest() {
  const { client, errors } = useHost();
  return useCallback(
    async <K extends HostRequestName>(
      name: K,
      payload: HostPayload<K>,
    ): Promise<HostResults[K] | undefined> => {
      try {
        return await client.request(name, payload);
      } catch (error) {
        errors.report(error);
        return undefined;
      }
    },
    [client, errors],
  );
}

/**
 * Whether requests reach the host right now. A field whose change was refused because the link
 * dropped on its way keeps the text, so nothing typed is lost (outside a provider: connected).
 */
export function useIsConnected(): () => boolean {
  const services = useContext(HostContext);
  return useCallback(() => (services?.client.status ?? 'open') === 'open', [services]);
}

export type Send = (command: HostPayload<'dispatch'>) => Promise<boolean>;

/** Dispatch a command; true when the host accepted it. */
export function useSend(): Send {
  const request = useRequest();
  return useCallback(
    async (command) => (await request('dispatch', command)) !== undefined,
    [request],
  );
}
