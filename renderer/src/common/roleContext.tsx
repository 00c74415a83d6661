import { createContext, useContext, type ReactNode } from 'react';
import type { HostRequestName } from '../../../shared/api';
import type { CommandType } from '../../../shared/commands';
import type { DeviceRole } from '../../../shared/team/roles';

/**
 * Who this screen is to the host (issue 16), and what it may do. The facilitator's own console
 * and projector have no provider: they may do everything, and never load the role lists. A team
 * page (its code loaded only there) provides its role with the checks of shared/team/
 * permissions.ts, the same lists the host checks every request against.
 */
export interface RoleChecks {
  role: DeviceRole;
  mayDispatch(type: CommandType): boolean;
  mayRequest(name: HostRequestName): boolean;
  mayExport(): boolean;
}

const FACILITATOR_CHECKS: RoleChecks = {
  role: 'facilitator',
  mayDispatch: () => true,
  mayRequest: () => true,
  mayExport: () => true,
};

const RoleContext = createContext<RoleChecks>(FACILITATOR_CHECKS);

export function RoleProvider({ checks, children }: { checks: RoleChecks; children: ReactNode }) {
  return <RoleContext value={checks}>{children}</RoleContext>;
}

export function useRole(): DeviceRole {
  return useContext(RoleContext).role;
}

/** The facilitator: files, settings, joining and everything else that stays on their laptop. */
export function useIsFacilitator(): boolean {
  return useRole() === 'facilitator';
}

/** May this screen send this command? Controls whose command it may not send are not shown. */
export function useCan(type: CommandType): boolean {
  return useContext(RoleContext).mayDispatch(type);
}

/** May this screen make this request (updateSettings, openDocument …)? */
export function useMayRequest(name: HostRequestName): boolean {
  return useContext(RoleContext).mayRequest(name);
}

export function useMayExport(): boolean {
  return useContext(RoleContext).mayExport();
}
