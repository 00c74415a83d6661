import type { TeamState } from '../../../../shared/team/contract';
import type { HostClient } from '../../client/hostClient';
import { useHostState, type Follow } from '../../common/useHostState';

const fetchTeam = (client: HostClient) => client.request('getTeamState', undefined);

// Each `team` event holds the whole state: a handful of devices.
const followTeam: Follow<TeamState> = (event) => (event.type === 'team' ? event.team : null);

/**
 * The team devices and their codes (issue 16), for the facilitator's console: fetched once and
 * on every reconnect, then replaced by each `team` event. Null until the host has answered.
 * `set` takes a state a request answered with (a new code).
 */
export function useTeamState(): { team: TeamState | null; set: (team: TeamState) => void } {
  const { state, set } = useHostState(fetchTeam, followTeam);
  return { team: state, set };
}
