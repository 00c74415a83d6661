import type { DeviceRole, TeamRole } from './roles';

/**
 * Team devices on the network (issue 16): the paths on the phone server (the one LAN server,
 * listening only while joining is open), and what the console and the team pages exchange.
 * Zod-free; the schemas the host validates with are in protocol.ts.
 *
 * A team device opens `http://<lan-address>:<port>/console?code=ABC234` (the projector PC:
 * `/projector?code=…`), trades the code and a name for a token at TEAM_JOIN_PATH, and then
 * speaks the console's own API (shared/api.ts) over TEAM_WS_PATH?token=…, each request checked
 * against its role (permissions.ts).
 */
export const TEAM_CONSOLE_PATH = '/console';
export const TEAM_PROJECTOR_PATH = '/projector';
/** POST `{ code, name }` → TeamJoinReply, or 4xx with a TeamJoinError. */
export const TEAM_JOIN_PATH = '/team/join';
/** WebSocket, `?token=`; the same messages as the loopback console socket (shared/wsProtocol.ts). */
export const TEAM_WS_PATH = '/team/ws';
/** GET, `?token=` plus the export query (shared/exporters/exportQuery.ts): the referent's downloads. */
export const TEAM_EXPORT_PATH = '/team/export';
/**
 * The print view (the minutes to print or save as PDF) on a team device. No token in its address
 * (the browser prints the address on the page): it reads the workshop from TEAM_EXPORT_PATH with
 * the token this device keeps, so a role without export rights gets nothing.
 */
export const TEAM_PRINT_PATH = '/print';

export interface TeamJoinReply {
  token: string;
  deviceId: string;
  role: TeamRole;
  /** The page this role works in: TEAM_CONSOLE_PATH or TEAM_PROJECTOR_PATH. */
  page: string;
}

/** Why a join or a token was refused; the page shows a translated line for each. */
export const TEAM_JOIN_ERRORS = [
  'bad-code',
  'bad-name',
  'too-fast',
  'joining-closed',
  'ended', // the facilitator ended this device
  'invalid-message',
] as const;
export type TeamJoinError = (typeof TEAM_JOIN_ERRORS)[number];

/** WebSocket close codes the team socket ends with, so the page can say why. */
export const TEAM_CLOSE = {
  /** The facilitator ended this device, or the token is unknown: join again with a code. */
  ended: 4403,
  /** The same device opened a newer socket (another tab, a reload): this one does not reconnect. */
  replaced: 4409,
  /** Joining was closed: the server is going away. */
  joiningClosed: 4410,
} as const;

/** One team device as the facilitator's console lists it. Never carries the token. */
export interface TeamDevice {
  deviceId: string;
  role: TeamRole;
  name: string;
  connected: boolean;
  /** When it joined (ms). */
  since: number;
}

/** The console's team panel: a code per role while joining is open, and who has joined. */
export interface TeamState {
  open: boolean;
  /** Per role, while open; shown (with a QR code) on the console only, never on the projector. */
  codes: Record<TeamRole, string | null>;
  /** Per role, the address with the code, for the QR code (`http://…:5171/console?code=…`). */
  urls: Record<TeamRole, string | null>;
  devices: TeamDevice[];
}

/** Who is in which text field now, for "Mette is editing" and "Mette changed this". */
export interface Editor {
  deviceId: string;
  role: DeviceRole;
  name: string;
  /** A field key the console makes up (`conclusion:<id>`, `notes:<pointId>`); null: none. */
  field: string | null;
}

/** The answer to getSession: who this screen is to the host. */
export interface Session {
  deviceId: string;
  role: DeviceRole;
  name: string;
}

/** The longest field key the console sends with setPresence. */
export const MAX_FIELD_KEY = 200;
