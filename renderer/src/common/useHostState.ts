import { useEffect, useState } from 'react';
import type { HostEvent } from '../../../shared/api';
import type { HostClient } from '../client/hostClient';
import { useHost } from './hostContext';

/** What an event means for the state kept: the next state, a whole fetch, or nothing. */
export type Follow<T> = (event: HostEvent, held: T | null) => T | 'fetch' | null;

/**
 * A piece of the host's state a view keeps beside the workshop (who joined from a phone, the
 * team devices): fetched whole at start and on every reconnect, then followed by the host's
 * events. One fetch at a time (one asked for meanwhile follows it); a fetch begun before an
 * event gave a newer state is dropped, so it never puts older state back. Null until the host
 * has answered. `fetchWhole` and `follow` must be stable (module-level functions).
 */
export function useHostState<T>(
  fetchWhole: (client: HostClient) => Promise<T>,
  follow: Follow<T>,
): { state: T | null; set: (next: T) => void } {
  const { client } = useHost();
  const [state, setState] = useState<T | null>(null);

  useEffect(() => {
    let live = true;
    let held: T | null = null;
    let followed = 0;
    let fetching = false;
    let again = false;
    const hold = (next: T) => {
      held = next;
      if (live) setState(next);
    };
    const fetchState = () => {
      if (fetching) {
        again = true;
        return;
      }
      fetching = true;
      const begun = followed;
      fetchWhole(client).then(
        (whole) => {
          fetching = false;
          if (begun === followed) hold(whole);
          if (again) {
            again = false;
            fetchState();
          }
        },
        () => {
          // No host yet (or one without this part): the next reconnect asks again.
          fetching = false;
          again = false;
        },
      );
    };
    const offEvent = client.onEvent((event) => {
      const next = follow(event, held);
      if (next === 'fetch') fetchState();
      else if (next !== null) {
        followed++;
        hold(next);
      }
    });
    const offStatus = client.onStatus((status) => {
      if (status === 'open') fetchState();
    });
    fetchState();
    return () => {
      live = false;
      offEvent();
      offStatus();
    };
  }, [client, fetchWhole, follow]);

  return { state, set: setState };
}
