import { applyJoinState } from '../../../../shared/phones/joinState';
import type { JoinStateWhole } from '../../../../shared/phones/protocol';
import type { HostClient } from '../../client/hostClient';
import { useHostState, type Follow } from '../../common/useHostState';

async function fetchJoin(client: HostClient): Promise<JoinStateWhole> {
  const whole = applyJoinState(null, await client.request('getJoinState', undefined));
  if (!whole) throw new Error('The host answered with changes, not the whole join state');
  return whole;
}

// A `join` event carries changes; one that does not follow on what is held asks for it whole.
const followJoin: Follow<JoinStateWhole> = (event, held) =>
  event.type === 'join' ? (applyJoinState(held, event.join) ?? 'fetch') : null;

/**
 * The host's join state (issue 8): fetched whole once and on every reconnect, then kept up to
 * date by the `join` event's changes. Null until the host has answered. Console and projector
 * both read it.
 */
export function useJoinState(): JoinStateWhole | null {
  return useHostState(fetchJoin, followJoin).state;
}
