import { useEffect, useState } from 'react';
import { applyJoinState } from '../../../../shared/phones/joinState';
import type { JoinStateWhole } from '../../../../shared/phones/protocol';
import { useHost } from '../../common/hostContext';

/**
 * The host's join state (issue 8): fetched whole once and on every reconnect, then kept up to
 * date by the `join` event's changes; a change that does not follow on fetches it whole again.
 * Null until the host has answered. Console and projector both read it.
 */
export function useJoinState(): JoinStateWhole | null {
  const { client } = useHost();
  const [join, setJoin] = useState<JoinStateWhole | null>(null);

  useEffect(() => {
    let live = true;
    let held: JoinStateWhole | null = null;
    let fetching = false;
    const hold = (next: JoinStateWhole | null) => {
      held = next;
      if (live && next) setJoin(next);
    };
    const fetchState = () => {
      if (fetching) return;
      fetching = true;
      client.request('getJoinState', undefined).then(
        (state) => {
          fetching = false;
          hold(applyJoinState(null, state));
        },
        () => {
          fetching = false; // No host yet: the next reconnect asks again.
        },
      );
    };
    const offEvent = client.onEvent((event) => {
      if (event.type !== 'join') return;
      const next = applyJoinState(held, event.join);
      if (next) hold(next);
      else fetchState();
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
