/**
 * Who works on a meeting (issue 16). The facilitator runs the host on their laptop; the others
 * join over the local network, each device with its own code and token. Zod-free, so the pages
 * import it without the schemas.
 */
export const TEAM_ROLES = ['referent', 'cofacilitator', 'projector'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Every device that works on the workshop: the facilitator's own console, or a team device. */
export type DeviceRole = 'facilitator' | TeamRole;

export function isTeamRole(value: unknown): value is TeamRole {
  return (TEAM_ROLES as readonly unknown[]).includes(value);
}

/** The device id of the facilitator's own console (IPC, or the loopback browser mode). */
export const FACILITATOR_DEVICE_ID = 'facilitator';

/** Who is sending: the host keeps undo history and presence per device. */
export interface DeviceIdentity {
  deviceId: string;
  role: DeviceRole;
  /** What other screens show ("Mette changed this"); the facilitator's is translated there. */
  name: string;
}

export const FACILITATOR: DeviceIdentity = {
  deviceId: FACILITATOR_DEVICE_ID,
  role: 'facilitator',
  name: '',
};

/** The longest device name a person may type when joining. */
export const MAX_DEVICE_NAME = 40;
