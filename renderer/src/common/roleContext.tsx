import { createContext, useContext, type ReactNode } from 'react';
import type { HostRequestName } from '../../../shared/api';
import type { CommandType } from '../../../shared/commands';
import { mayDispatch, mayExport, mayRequest } from '../../../shared/team/permissions';
import type { DeviceRole } from '../../../shared/team/roles';

/**
 * Who this screen is to the host (issue 16). The facilitator's own console and projector have
 * no provider and are the facilitator; a team page wraps its view in one with its role. The
 * controls ask permissions.ts, the same lists the host checks every request against.
 */
const RoleContext = createContext<DeviceRole>('facilitator');

export function RoleProvider({ role, children }: { role: DeviceRole; children: ReactNode }) {
  return <RoleContext value={role}>{children}</RoleContext>;
}

export function useRole(): DeviceRole {
  return useContext(RoleContext);
}

/** The facilitator: files, settings, joining and everything else that stays on their laptop. */
export function useIsFacilitator(): boolean {
  return useRole() === 'facilitator';
}

/** May this screen send this command? Controls whose command it may not send are not shown. */
export function useCan(type: CommandType): boolean {
  return mayDispatch(useRole(), type);
}

/** May this screen make this request (updateSettings, openDocument …)? */
export function useMayRequest(name: HostRequestName): boolean {
  return mayRequest(useRole(), name);
}

export function useMayExport(): boolean {
  return mayExport(useRole());
}
