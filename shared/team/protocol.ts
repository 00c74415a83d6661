import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { JOIN_CODE_PATTERN } from '../phones/contract';
import { MAX_FIELD_KEY } from './contract';
import { MAX_DEVICE_NAME, TEAM_ROLES } from './roles';

export * from './contract';

export const TeamRoleSchema = z.enum(TEAM_ROLES);

/** The body of POST TEAM_JOIN_PATH. The name is what the others see ("Mette"). */
export const TeamJoinRequestSchema = z.strictObject({
  code: z.string().regex(JOIN_CODE_PATTERN),
  name: z.string().trim().min(1).max(MAX_DEVICE_NAME),
});
export type TeamJoinRequest = z.infer<typeof TeamJoinRequestSchema>;

/** The facilitator's requests about team devices (shared/api.ts). */
export const TeamRequestSchemas = {
  getTeamState: z.undefined(),
  /** Ends a device at once: its socket closes and its token no longer works. */
  endTeamDevice: z.strictObject({ deviceId: IdSchema }),
  /** A new code for one role; the old one stops working, devices already in stay. */
  renewTeamCode: z.strictObject({ role: TeamRoleSchema }),
} as const;

/** Any device: which text field it is in now (null when it leaves one). */
export const PresenceSchema = z.strictObject({
  field: z.string().min(1).max(MAX_FIELD_KEY).nullable(),
});
