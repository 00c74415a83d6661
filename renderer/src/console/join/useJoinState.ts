import { useEffect, useState } from 'react';
import type { JoinState } from '../../../../shared/phones/protocol';
import { useHost } from '../../common/hostContext';

/**
 * The host's join state (issue 8): fetched once, on every reconnect, and kept up to date by
 * the `join` event. Null until the host has answered. Console and projector both read it.
 */
export function useJoinState(): JoinState | null {
  const { client } = useHost();
  const [join, setJoin] = useState<JoinState | null>(null);

  useEffect(() => {
    let live = true;
    const fetchState = () => {
      client.request('getJoinState', undefined).then(
        (state) => {
          if (live) setJoin(state);
        },
        () => undefined, // No host yet: the next reconnect asks again.
      );
    };
    const offEvent = client.onEvent((event) => {
      if (event.type === 'join') setJoin(event.join);
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
  }, [client]);

  return join;
}
