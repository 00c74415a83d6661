import { useEffect, useState } from 'react';
import type { TeamState } from '../../../../shared/team/contract';
import { useHost } from '../../common/hostContext';

/**
 * The team devices and their codes (issue 16), for the facilitator's console: fetched once and
 * on every reconnect, then replaced by each `team` event (whole each time: a handful of devices).
 * Null until the host has answered. `set` takes a state a request answered with (a new code).
 */
export function useTeamState(): { team: TeamState | null; set: (team: TeamState) => void } {
  const { client } = useHost();
  const [team, setTeam] = useState<TeamState | null>(null);

  useEffect(() => {
    let live = true;
    // Bumped by each event: a fetch begun before one must not put older devices back.
    let events = 0;
    const hold = (next: TeamState) => {
      if (live) setTeam(next);
    };
    const fetchState = () => {
      const begun = events;
      client.request('getTeamState', undefined).then(
        (state) => {
          if (begun === events) hold(state);
        },
        () => {
          // No host yet, or one without team devices: the next reconnect asks again.
        },
      );
    };
    const offEvent = client.onEvent((event) => {
      if (event.type !== 'team') return;
      events++;
      hold(event.team);
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

  return { team, set: setTeam };
}
