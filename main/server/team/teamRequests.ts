import type { HostResponse, StateSnapshot } from '../../../shared/api';
import type { Settings } from '../../../shared/settings';
import { mayAsk } from '../../../shared/team/permissions';
import type { DeviceIdentity } from '../../../shared/team/roles';
import type { Host } from '../../host/hostTypes';
import { route } from '../../host/router';
import { teamSettings, teamSnapshot } from './teamView';

/**
 * The one place a team device's request is checked against its role (shared/team/permissions.ts)
 * before the host sees it. A refused request changes nothing and is answered `forbidden`; an
 * allowed one goes through the same router as the facilitator's, acting as this device (its own
 * undo history and presence), and its answer loses the file paths on the way out.
 */
export async function answerTeamRequest(
  host: Host,
  device: DeviceIdentity,
  name: string,
  payload: unknown,
): Promise<HostResponse> {
  if (!mayAsk(device.role, name, payload)) {
    return {
      ok: false,
      error: { code: 'forbidden', message: `A ${device.role} may not ask for ${name}` },
    };
  }
  const response = await route(host.handlersFor(device), name, payload);
  if (!response.ok) return response;
  if (name === 'getState') {
    // Its own undo and redo, not the facilitator's.
    const snapshot = teamSnapshot(response.result as StateSnapshot);
    return { ok: true, result: { ...snapshot, ...host.historyOf(device.deviceId) } };
  }
  if (name === 'getSettings') {
    return { ok: true, result: teamSettings(response.result as Settings) };
  }
  return response;
}
